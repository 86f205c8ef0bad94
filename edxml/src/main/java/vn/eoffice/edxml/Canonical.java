package vn.eoffice.edxml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes XML in the canonical form of Canonical XML 1.0 (inclusive, without comments: W3C
 * REC-xml-c14n-20010315) as UTF-8, from a stream of elements, attributes and text, so that a
 * signature's digest is taken while a message is written or read, without a DOM of its files.
 *
 * <p>The caller names each element's namespace declarations as the source has them; this writer
 * leaves out those that repeat what the output already has in scope, sorts declarations by prefix
 * and attributes by namespace and local name, escapes text and attribute values as the
 * recommendation says, and writes every element with a start and an end tag. For a subtree (a
 * signature's {@code SignedInfo}), {@link #startApex} renders every namespace in scope on its first
 * element, as Canonical XML does for a document subset.
 */
final class Canonical {

  /** An attribute: its namespace ("" for none), local name, name as written, value. */
  record Attribute(String namespace, String local, String qualifiedName, String value) {}

  private static final Comparator<Attribute> ORDER =
      Comparator.comparing(Attribute::namespace).thenComparing(Attribute::local);

  private final OutputStream sink;
  private final byte[] buffer = new byte[16 * 1024];
  private int used;

  /** What the output has in scope at each open element: prefix ("" for default) to namespace. */
  private final List<Map<String, String>> rendered = new ArrayList<>();

  Canonical(OutputStream sink) {
    this.sink = sink;
    rendered.add(Map.of());
  }

  /**
   * Starts an element.
   *
   * @param declarations the element's own namespace declarations, prefix ("" for the default) to
   *     namespace ("" undeclares the default)
   */
  void start(String qualifiedName, Map<String, String> declarations, List<Attribute> attributes) {
    Map<String, String> scope = rendered.get(rendered.size() - 1);
    List<Map.Entry<String, String>> shown = new ArrayList<>();
    Map<String, String> next = scope;
    for (Map.Entry<String, String> d : declarations.entrySet()) {
      String prefix = d.getKey();
      String namespace = d.getValue();
      if ("xml".equals(prefix)) {
        continue;
      }
      String before = scope.getOrDefault(prefix, "");
      if (!before.equals(namespace)) {
        shown.add(d);
        if (next == scope) {
          next = new HashMap<>(scope);
        }
        next.put(prefix, namespace);
      }
    }
    rendered.add(next);
    write('<');
    write(qualifiedName);
    shown.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, String> d : shown) {
      write(d.getKey().isEmpty() ? " xmlns" : " xmlns:" + d.getKey());
      write("=\"");
      attributeValue(d.getValue());
      write('"');
    }
    if (!attributes.isEmpty()) {
      List<Attribute> sorted = new ArrayList<>(attributes);
      sorted.sort(ORDER);
      for (Attribute a : sorted) {
        write(' ');
        write(a.qualifiedName());
        write("=\"");
        attributeValue(a.value());
        write('"');
      }
    }
    write('>');
  }

  /**
   * Starts the first element of a subtree canonicalised on its own: every namespace in scope there
   * is rendered (Canonical XML's rule for the apex of a document subset).
   */
  void startApex(String qualifiedName, Map<String, String> inScope, List<Attribute> attributes) {
    Map<String, String> declared = new HashMap<>(inScope);
    if ("".equals(declared.get(""))) {
      declared.remove("");
    }
    start(qualifiedName, declared, attributes);
  }

  void end(String qualifiedName) {
    rendered.remove(rendered.size() - 1);
    write("</");
    write(qualifiedName);
    write('>');
  }

  void text(char[] characters, int offset, int length) {
    int i = offset;
    int end = offset + length;
    while (i < end) {
      // Plain ASCII, the whole of a file's base64, is copied in runs.
      byte[] into = buffer;
      int at = used;
      int room = Math.min(end - i, into.length - at);
      int stop = i + room;
      while (i < stop) {
        char c = characters[i];
        if (c >= 0x80 || c == '&' || c == '<' || c == '>' || c == '\r') {
          break;
        }
        into[at++] = (byte) c;
        i++;
      }
      used = at;
      if (i == end) {
        return;
      }
      if (used == buffer.length) {
        flush();
        continue;
      }
      textCharacter(characters, i, end);
      i += Character.isHighSurrogate(characters[i]) && i + 1 < end ? 2 : 1;
    }
  }

  void text(String text) {
    char[] chunk = new char[Math.min(text.length(), 8192)];
    for (int from = 0, to; from < text.length(); from = to) {
      to = Math.min(text.length(), from + chunk.length);
      if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
        to--; // a pair stays in one chunk
      }
      text.getChars(from, to, chunk, 0);
      text(chunk, 0, to - from);
    }
  }

  /**
   * A processing instruction: before the document element it is followed by a line break, after it
   * preceded by one, inside it neither.
   */
  void processingInstruction(String target, String data, int beforeOrAfter) {
    if (beforeOrAfter > 0) {
      write('\n');
    }
    write("<?");
    write(target);
    if (data != null && !data.isEmpty()) {
      write(' ');
      write(data);
    }
    write("?>");
    if (beforeOrAfter < 0) {
      write('\n');
    }
  }

  /** Hands what is buffered to the sink. */
  void flush() {
    try {
      sink.write(buffer, 0, used);
      used = 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void textCharacter(char[] characters, int i, int end) {
    char c = characters[i];
    switch (c) {
      case '&' -> write("&amp;");
      case '<' -> write("&lt;");
      case '>' -> write("&gt;");
      case '\r' -> write("&#xD;");
      default -> {
        if (Character.isHighSurrogate(c) && i + 1 < end) {
          utf8(Character.toCodePoint(c, characters[i + 1]));
        } else {
          utf8(c);
        }
      }
    }
  }

  private void attributeValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> write("&amp;");
        case '<' -> write("&lt;");
        case '"' -> write("&quot;");
        case '\t' -> write("&#x9;");
        case '\n' -> write("&#xA;");
        case '\r' -> write("&#xD;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
            utf8(Character.toCodePoint(c, value.charAt(++i)));
          } else {
            utf8(c);
          }
        }
      }
    }
  }

  private void write(String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c < 0x80) {
        write(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < ascii.length()) {
        utf8(Character.toCodePoint(c, ascii.charAt(++i)));
      } else {
        utf8(c);
      }
    }
  }

  private void write(char c) {
    if (used == buffer.length) {
      flush();
    }
    buffer[used++] = (byte) c;
  }

  private void utf8(int codePoint) {
    if (used + 4 > buffer.length) {
      flush();
    }
    if (codePoint < 0x80) {
      buffer[used++] = (byte) codePoint;
    } else if (codePoint < 0x800) {
      buffer[used++] = (byte) (0xC0 | codePoint >> 6);
      buffer[used++] = (byte) (0x80 | codePoint & 0x3F);
    } else if (codePoint < 0x10000) {
      buffer[used++] = (byte) (0xE0 | codePoint >> 12);
      buffer[used++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
      buffer[used++] = (byte) (0x80 | codePoint & 0x3F);
    } else {
      buffer[used++] = (byte) (0xF0 | codePoint >> 18);
      buffer[used++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
      buffer[used++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
      buffer[used++] = (byte) (0x80 | codePoint & 0x3F);
    }
  }
}
