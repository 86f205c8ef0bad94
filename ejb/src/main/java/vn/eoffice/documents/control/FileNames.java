package vn.eoffice.documents.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes a file name that a user sent safe to keep and to send back: no folders, no control or
 * reserved characters, NFC-normalised Vietnamese kept as it is, and an ASCII form for old clients.
 */
public final class FileNames {

  private static final int MAX_LENGTH = 200;
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}<>:\"|?*\\u200B-\\u200F]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private FileNames() {}

  /** The last part of the name a browser sent, cleaned; {@code fallback} when nothing is left. */
  public static String safe(String sent, String fallback) {
    String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = UNSAFE.matcher(name).replaceAll("_").strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.length() > MAX_LENGTH) {
      int dot = name.lastIndexOf('.');
      String ending = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_LENGTH - ending.length()) + ending;
    }
    return name.isBlank() ? fallback : name;
  }

  /** The name without diacritics, for the plain {@code filename=} of Content-Disposition. */
  public static String ascii(String name) {
    String folded =
        MARKS
            .matcher(
                Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD))
            .replaceAll("");
    return folded.replaceAll("[^\\x20-\\x7E]", "_").replace('"', '_').replace('\\', '_');
  }
}
