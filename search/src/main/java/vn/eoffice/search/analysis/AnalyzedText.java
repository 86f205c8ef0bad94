package vn.eoffice.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text's syllables analysed once ({@link VietnameseAnalyzer} without pairs: NFC, one token per
 * syllable, folded), replayed for each field that indexes them: the content's own field (syllables
 * with their offsets, for snippets) and the catch-all field (syllables and syllable pairs), as
 * {@link VietnameseAnalyzer} would make them. The content is by far the longest text of a document,
 * and its normalising, cutting and folding the dearest part of indexing it.
 */
public final class AnalyzedText {

  private static final VietnameseAnalyzer SYLLABLES = new VietnameseAnalyzer(false);

  private char[] chars = new char[256];
  private int[] ends = new int[32]; // where each term ends in chars
  private int[] startOffsets = new int[32];
  private int[] endOffsets = new int[32];
  private int[] increments = new int[32];
  private int size;
  private int finalOffset;

  private AnalyzedText() {}

  /** The text's syllables, as the analyzers of every field see them. */
  public static AnalyzedText of(String text) {
    AnalyzedText analyzed = new AnalyzedText();
    try (TokenStream stream = SYLLABLES.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        analyzed.add(
            term.buffer(),
            term.length(),
            offset.startOffset(),
            offset.endOffset(),
            increment.getPositionIncrement());
      }
      stream.end();
      analyzed.finalOffset = offset.endOffset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return analyzed;
  }

  private void add(char[] term, int length, int start, int end, int increment) {
    int from = size == 0 ? 0 : ends[size - 1];
    if (from + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + length));
    }
    System.arraycopy(term, 0, chars, from, length);
    if (size == ends.length) {
      int grown = size * 2;
      ends = Arrays.copyOf(ends, grown);
      startOffsets = Arrays.copyOf(startOffsets, grown);
      endOffsets = Arrays.copyOf(endOffsets, grown);
      increments = Arrays.copyOf(increments, grown);
    }
    ends[size] = from + length;
    startOffsets[size] = start;
    endOffsets[size] = end;
    increments[size] = increment;
    size++;
  }

  /** How many syllables the text has. */
  public int size() {
    return size;
  }

  /** The syllables with their positions and offsets, a new stream each time. */
  public TokenStream syllables() {
    return new Replay();
  }

  /** The syllables and every pair of neighbouring syllables, as the catch-all field has them. */
  public TokenStream withPairs() {
    return VietnameseAnalyzer.pairs(new Replay());
  }

  /** The analysed syllables played back. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == size) {
        return false;
      }
      clearAttributes();
      int from = next == 0 ? 0 : ends[next - 1];
      term.copyBuffer(chars, from, ends[next] - from);
      offset.setOffset(startOffsets[next], endOffsets[next]);
      increment.setPositionIncrement(increments[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
