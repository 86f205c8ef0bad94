package vn.eoffice.search.compare;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A MinHash signature of a text's word shingles, to find documents with (nearly) the same text
 * whatever their layout: a scan-like PDF of a DOCX already registered, the same letter received
 * twice. Words are folded (no case, no diacritics, đ as d) so that a text read back without its
 * marks still matches; shingles are four words long. Two signatures agree in about the share of
 * places that the two texts' shingle sets overlap (their Jaccard similarity).
 *
 * <p>For finding candidates among many documents the signature is cut into {@link #BANDS} bands of
 * {@link #ROWS} values; documents sharing a band's key are candidates (locality-sensitive hashing):
 * at 0.8 similarity two texts share a band with a probability of 0.9998, at 0.3 of 0.12.
 */
public final class Fingerprint {

  public static final int BANDS = 16;
  public static final int ROWS = 4;
  public static final int SIZE = BANDS * ROWS;

  /** Texts with fewer words than this carry too little to compare. */
  public static final int MIN_WORDS = 30;

  private static final int SHINGLE = 4;

  private final int[] values;

  private Fingerprint(int[] values) {
    this.values = values;
  }

  /**
   * The text's signature, or null when the text has fewer than {@link #MIN_WORDS} words.
   *
   * <p>Each shingle is hashed once (its words' hashes, made as the characters are folded, combined
   * and spread); the {@link #SIZE} hash functions are then one multiplication and one addition each
   * (multiply-shift hashing, whose high bits are what each function keeps): a signature costs about
   * as much as reading the text once.
   */
  public static Fingerprint of(String text) {
    long[] words = wordHashes(text == null ? "" : text);
    int count = (int) words[0];
    if (count < MIN_WORDS) {
      return null;
    }
    int[] min = new int[SIZE];
    java.util.Arrays.fill(min, Integer.MAX_VALUE);
    for (int i = 1; i + SHINGLE <= count + 1; i++) {
      long shingle = FNV_OFFSET;
      for (int w = i; w < i + SHINGLE; w++) {
        shingle = (shingle ^ words[w]) * FNV_PRIME;
      }
      long x = mix(shingle);
      for (int h = 0; h < SIZE; h++) {
        int value = (int) ((MULTIPLIERS[h] * x + ADDENDS[h]) >>> 33);
        if (value < min[h]) {
          min[h] = value;
        }
      }
    }
    return new Fingerprint(min);
  }

  /** The signature stored as bytes. */
  public static Fingerprint fromBytes(byte[] bytes) {
    if (bytes.length != SIZE * Integer.BYTES) {
      throw new IllegalArgumentException(
          "a fingerprint has " + SIZE * Integer.BYTES + " bytes, not " + bytes.length);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    int[] values = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      values[i] = buffer.getInt();
    }
    return new Fingerprint(values);
  }

  public byte[] toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(SIZE * Integer.BYTES);
    for (int value : values) {
      buffer.putInt(value);
    }
    return buffer.array();
  }

  /** The estimated share of shingles the two texts have in common, 0 to 1. */
  public double similarity(Fingerprint other) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return (double) same / SIZE;
  }

  /**
   * One key per band: texts sharing one are worth comparing. Each band's key also depends on the
   * band's place, so that the same values in two bands make two keys.
   */
  public long[] bandKeys() {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = b;
      for (int r = 0; r < ROWS; r++) {
        key = mix(key * 31 + values[b * ROWS + r]);
      }
      keys[b] = key;
    }
    return keys;
  }

  /**
   * The hashes of the text's words as {@link #words} cuts and folds them, without making them:
   * element 0 holds how many follow.
   */
  private static long[] wordHashes(String text) {
    var hashes =
        new Words() {
          long[] found = new long[1 + Math.max(16, text.length() / 4)];
          int count;
          long hash = FNV_OFFSET;

          @Override
          public void letter(char folded) {
            hash = (hash ^ folded) * FNV_PRIME;
          }

          @Override
          public void end() {
            if (++count == found.length) {
              found = java.util.Arrays.copyOf(found, found.length * 2);
            }
            found[count] = hash;
            hash = FNV_OFFSET;
          }
        };
    scan(text, hashes);
    hashes.found[0] = hashes.count;
    return hashes.found;
  }

  /**
   * The text's words, lowercase, without diacritics, đ as d: split at every character that is
   * neither a letter nor a digit, combining marks dropped (so NFD text reads as NFC text does).
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder(16);
    scan(
        text,
        new Words() {
          @Override
          public void letter(char folded) {
            word.append(folded);
          }

          @Override
          public void end() {
            words.add(word.toString());
            word.setLength(0);
          }
        });
    return words;
  }

  /** Hears a text's words as they are folded: each one's characters, then its end. */
  private interface Words {
    void letter(char folded);

    void end();
  }

  /**
   * One pass over the characters, each folded through a table made once: combining marks dropped,
   * every character that is neither a letter nor a digit ending the word before it.
   */
  private static void scan(String text, Words words) {
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char folded = FOLDED[text.charAt(i)];
      if (folded == MARK) {
        continue;
      }
      if (folded != BREAK) {
        words.letter(folded);
        inWord = true;
      } else if (inWord) {
        words.end();
        inWord = false;
      }
    }
    if (inWord) {
      words.end();
    }
  }

  /** FNV-1a, for words and for the shingles made of their hashes. */
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;

  private static final long FNV_PRIME = 0x100000001b3L;

  private static final char MARK = '\uFFFE';
  private static final char BREAK = '\uFFFF';

  /** Each UTF-16 unit folded: the first char of its lowercase NFD form, a mark, or a break. */
  private static final char[] FOLDED = new char[65536];

  static {
    for (int c = 0; c < FOLDED.length; c++) {
      char ch = (char) c;
      int type = Character.getType(ch);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        FOLDED[c] = MARK;
        continue;
      }
      if (Character.isSurrogate(ch)) {
        FOLDED[c] = BREAK;
        continue;
      }
      String lower = String.valueOf(ch).toLowerCase(Locale.ROOT);
      char base = Normalizer.normalize(lower, Normalizer.Form.NFD).charAt(0);
      if (base == 'đ') {
        base = 'd';
      }
      FOLDED[c] = lower.length() == 1 && Character.isLetterOrDigit(base) ? base : BREAK;
    }
  }

  /** SplitMix64's finaliser: spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The hash functions' odd multipliers and their addends, drawn once from a fixed seed. */
  private static final long[] MULTIPLIERS = new long[SIZE];

  private static final long[] ADDENDS = new long[SIZE];

  static {
    long seed = 0x5eed_e0ff1ceL;
    for (int i = 0; i < SIZE; i++) {
      seed += 0x9e3779b97f4a7c15L;
      MULTIPLIERS[i] = mix(seed) | 1;
      seed += 0x9e3779b97f4a7c15L;
      ADDENDS[i] = mix(seed);
    }
  }
}
