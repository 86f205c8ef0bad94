package vn.eoffice.search.compare;

import java.util.Arrays;

/**
 * A reading text cut into words (Vietnamese syllables, numbers and số ký hiệu such as {@code
 * 15/QĐ-UBND} kept whole) and single punctuation marks, each knowing its paragraph and where it
 * stands in it, and each given the number its key has in a {@link Vocabulary} shared by the texts
 * compared. Keys ignore case and the typographer's variants of quotes, dashes and ellipses.
 *
 * <p>A hundred pages are some 45,000 words: the words are kept in arrays and numbered straight from
 * the characters, with no string made per word.
 */
final class Words {

  final int[] paragraph;
  final int[] start;
  final int[] end;
  final int[] id;
  final int size;

  private Words(int[] paragraph, int[] start, int[] end, int[] id, int size) {
    this.paragraph = paragraph;
    this.start = start;
    this.end = end;
    this.id = id;
    this.size = size;
  }

  static Words of(ReadingText text, Vocabulary vocabulary) {
    int capacity = 1024;
    int[] paragraphs = new int[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int[] ids = new int[capacity];
    int n = 0;
    for (int p = 0; p < text.paragraphs().size(); p++) {
      String line = text.paragraphs().get(p).text();
      int length = line.length();
      int i = 0;
      while (i < length) {
        char c = line.charAt(i);
        if (blank(c)) {
          i++;
          continue;
        }
        int end = i + 1;
        if (wordy(c)) {
          // Letters, marks and digits, joined by . / - when more of them follow (1.000, NĐ-CP).
          while (end < length
              && (wordy(line.charAt(end))
                  || (joiner(line.charAt(end))
                      && end + 1 < length
                      && wordy(line.charAt(end + 1))))) {
            end++;
          }
        }
        if (n == capacity) {
          capacity *= 2;
          paragraphs = Arrays.copyOf(paragraphs, capacity);
          starts = Arrays.copyOf(starts, capacity);
          ends = Arrays.copyOf(ends, capacity);
          ids = Arrays.copyOf(ids, capacity);
        }
        paragraphs[n] = p;
        starts[n] = i;
        ends[n] = end;
        ids[n] = vocabulary.id(line, i, end);
        n++;
        i = end;
      }
    }
    return new Words(paragraphs, starts, ends, ids, n);
  }

  /** Spacing: the ASCII controls and space, and Unicode's spaces and line separators. */
  static boolean blank(char c) {
    if (c <= ' ') {
      return true;
    }
    if (c < 0x85) {
      return false;
    }
    return c == 0x85
        || c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  private static boolean joiner(char c) {
    return c == '.' || c == '/' || c == '-';
  }

  /**
   * Below U+2000 (Latin with every Vietnamese letter, combining marks, Greek, Cyrillic) the
   * character classes and lower cases come from tables made once.
   */
  private static final int TABLE = 0x2000;

  private static final boolean[] WORDY = new boolean[TABLE];
  private static final char[] FOLDED = new char[TABLE];

  static {
    for (char c = 0; c < TABLE; c++) {
      WORDY[c] = classify(c);
      FOLDED[c] = Character.toLowerCase(c);
    }
    FOLDED['«'] = '"';
    FOLDED['»'] = '"';
  }

  private static boolean wordy(char c) {
    return c < TABLE ? WORDY[c] : classify(c);
  }

  private static boolean classify(char c) {
    if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** A character as keys hold it: lower case, one form of quote and of dash. */
  static char fold(char c) {
    if (c < TABLE) {
      return FOLDED[c];
    }
    return switch (c) {
      case '“', '”', '„' -> '"';
      case '‘', '’', '‚' -> '\'';
      case '–', '—', '−' -> '-';
      default -> Character.toLowerCase(c);
    };
  }

  /**
   * Numbers the keys of the words met so far: two words have the same number when their keys are
   * the same. An open-addressing table; each key's characters are kept once, folded, in one pool.
   */
  static final class Vocabulary {

    private int[] slots = new int[1 << 14];
    private char[] pool = new char[1 << 15];
    private int poolSize;
    private int[] offsets = new int[1 << 12];
    private int[] lengths = new int[1 << 12];
    private int[] hashes = new int[1 << 12];
    private int size;

    int size() {
      return size;
    }

    int id(String text, int start, int end) {
      int hash = 0;
      for (int k = start; k < end; k++) {
        hash = 31 * hash + fold(text.charAt(k));
      }
      hash ^= hash >>> 16;
      int mask = slots.length - 1;
      for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
        int entry = slots[slot] - 1;
        if (entry < 0) {
          return add(slot, text, start, end, hash);
        }
        if (hashes[entry] == hash && same(entry, text, start, end)) {
          return entry;
        }
      }
    }

    private boolean same(int entry, String text, int start, int end) {
      int length = end - start;
      if (lengths[entry] != length) {
        return false;
      }
      int from = offsets[entry];
      for (int k = 0; k < length; k++) {
        if (fold(text.charAt(start + k)) != pool[from + k]) {
          return false;
        }
      }
      return true;
    }

    private int add(int slot, String text, int start, int end, int hash) {
      if (size == offsets.length) {
        int capacity = size * 2;
        offsets = Arrays.copyOf(offsets, capacity);
        lengths = Arrays.copyOf(lengths, capacity);
        hashes = Arrays.copyOf(hashes, capacity);
      }
      int length = end - start;
      if (poolSize + length > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
      }
      for (int k = 0; k < length; k++) {
        pool[poolSize + k] = fold(text.charAt(start + k));
      }
      int entry = size++;
      offsets[entry] = poolSize;
      lengths[entry] = length;
      hashes[entry] = hash;
      poolSize += length;
      slots[slot] = entry + 1;
      if (size * 2 > slots.length) {
        rehash();
      }
      return entry;
    }

    private void rehash() {
      slots = new int[slots.length * 2];
      int mask = slots.length - 1;
      for (int entry = 0; entry < size; entry++) {
        int slot = hashes[entry] & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = entry + 1;
      }
    }
  }
}
