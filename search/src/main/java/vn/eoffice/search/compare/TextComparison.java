package vn.eoffice.search.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import vn.eoffice.search.compare.Comparison.Change;
import vn.eoffice.search.compare.Comparison.Kind;
import vn.eoffice.search.compare.Comparison.Position;
import vn.eoffice.search.compare.Comparison.Segment;

/**
 * Compares two reading texts word by word with java-diff-utils (Myers' algorithm). As git does, the
 * paragraphs are matched first and the words compared only where paragraphs differ, so that the
 * cost follows the changes rather than the length; the words are numbered first, so that the
 * algorithm compares numbers, not strings.
 */
public final class TextComparison {

  private TextComparison() {}

  public static Comparison compare(ReadingText before, ReadingText after) {
    Words.Vocabulary vocabulary = new Words.Vocabulary();
    Side from = new Side(before, Words.of(before, vocabulary));
    Side to = new Side(after, Words.of(after, vocabulary));
    List<Delta> deltas = diff(from.words, to.words, vocabulary.size());

    List<Change> changes = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (Delta delta : deltas) {
      if (delta.sourceFrom > i || delta.targetFrom > j) {
        segments.add(
            new Segment(null, from.stretch(i, delta.sourceFrom), to.stretch(j, delta.targetFrom)));
      }
      int number = changes.size() + 1;
      changes.add(
          new Change(
              number,
              delta.kind(),
              from.words(delta.sourceFrom, delta.sourceTo),
              to.words(delta.targetFrom, delta.targetTo),
              from.position(delta.sourceFrom),
              to.position(delta.targetFrom)));
      segments.add(
          new Segment(
              number,
              from.stretch(delta.sourceFrom, delta.sourceTo),
              to.stretch(delta.targetFrom, delta.targetTo)));
      i = delta.sourceTo;
      j = delta.targetTo;
    }
    if (i < from.words.size || j < to.words.size) {
      segments.add(
          new Segment(null, from.stretch(i, from.words.size), to.stretch(j, to.words.size)));
    }
    return new Comparison(changes, segments, from.words.size, to.words.size);
  }

  /** Words from..to of the first text became words from..to of the second. */
  private record Delta(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {

    Kind kind() {
      return sourceFrom == sourceTo
          ? Kind.INSERTED
          : targetFrom == targetTo ? Kind.DELETED : Kind.CHANGED;
    }
  }

  /**
   * The differences in reading order: Myers over the paragraphs (a paragraph is its words'
   * numbers), then, in each stretch of paragraphs that differ, Myers over the words between the
   * stretch's common beginning and end. Paragraphs split or joined differently in the two files
   * simply fall in the stretches compared word by word.
   */
  private static List<Delta> diff(Words left, Words right, int vocabularySize) {
    List<Paragraph> before = paragraphs(left);
    List<Paragraph> after = paragraphs(right);
    // One Integer per word number, so that the algorithm's equals is mostly an identity check.
    Integer[] boxes = new Integer[vocabularySize];
    Arrays.setAll(boxes, Integer::valueOf);
    List<Delta> deltas = new ArrayList<>();
    for (Delta stretch : stretches(before, after, left.size, right.size)) {
      int sourceFrom = stretch.sourceFrom;
      int sourceTo = stretch.sourceTo;
      int targetFrom = stretch.targetFrom;
      int targetTo = stretch.targetTo;
      // The words the stretch's two sides begin and end with alike are no change.
      while (sourceFrom < sourceTo
          && targetFrom < targetTo
          && left.id[sourceFrom] == right.id[targetFrom]) {
        sourceFrom++;
        targetFrom++;
      }
      while (sourceTo > sourceFrom
          && targetTo > targetFrom
          && left.id[sourceTo - 1] == right.id[targetTo - 1]) {
        sourceTo--;
        targetTo--;
      }
      if (sourceFrom == sourceTo && targetFrom == targetTo) {
        continue;
      }
      if (sourceFrom == sourceTo || targetFrom == targetTo) {
        deltas.add(new Delta(sourceFrom, sourceTo, targetFrom, targetTo));
        continue;
      }
      for (AbstractDelta<Integer> words :
          DiffUtils.diff(
                  new Ids(left.id, sourceFrom, sourceTo, boxes),
                  new Ids(right.id, targetFrom, targetTo, boxes),
                  new MyersDiffWithLinearSpace<>(),
                  null)
              .getDeltas()) {
        Chunk<Integer> source = words.getSource();
        Chunk<Integer> target = words.getTarget();
        append(
            deltas,
            new Delta(
                sourceFrom + source.getPosition(),
                sourceFrom + source.getPosition() + source.size(),
                targetFrom + target.getPosition(),
                targetFrom + target.getPosition() + target.size()));
      }
    }
    return deltas;
  }

  /**
   * The stretches of paragraphs that differ, as word ranges. Only the paragraphs found once on each
   * side are matched by Myers (git's xdiff likewise sets aside the lines found on one side only):
   * an edited paragraph costs the algorithm nothing, and a paragraph repeated (a "Như trên." or a
   * signature block) cannot pull the match away from where the text is; the rest falls in the
   * stretches between, compared word by word. Paragraphs taken out right where others are put in
   * (the same text cut into paragraphs differently) make one stretch.
   */
  private static List<Delta> stretches(
      List<Paragraph> before, List<Paragraph> after, int leftWords, int rightWords) {
    // Paragraphs numbered as words are: the algorithm compares numbers, not arrays.
    Map<Paragraph, Integer> numbers = new HashMap<>();
    int[] left = new int[before.size()];
    int[] right = new int[after.size()];
    for (int k = 0; k < left.length; k++) {
      left[k] = numbers.computeIfAbsent(before.get(k), p -> numbers.size());
    }
    for (int k = 0; k < right.length; k++) {
      right[k] = numbers.computeIfAbsent(after.get(k), p -> numbers.size());
    }
    int[] inLeft = new int[numbers.size()];
    int[] inRight = new int[numbers.size()];
    for (int number : left) {
      inLeft[number]++;
    }
    for (int number : right) {
      inRight[number]++;
    }
    int[] leftKept = kept(left, inLeft, inRight);
    int[] rightKept = kept(right, inLeft, inRight);

    List<Delta> stretches = new ArrayList<>();
    int i = 0; // next kept paragraph on each side
    int j = 0;
    int leftDone = 0; // paragraphs accounted for on each side
    int rightDone = 0;
    List<AbstractDelta<Integer>> deltas =
        DiffUtils.diff(
                numbered(left, leftKept),
                numbered(right, rightKept),
                new MyersDiffWithLinearSpace<>(),
                null)
            .getDeltas();
    for (int d = 0; d <= deltas.size(); d++) {
      int sourceAt = d < deltas.size() ? deltas.get(d).getSource().getPosition() : leftKept.length;
      // The kept paragraphs up to the delta are matched one to one.
      for (; i < sourceAt; i++, j++) {
        int p = leftKept[i];
        int q = rightKept[j];
        if (p > leftDone || q > rightDone) {
          append(stretches, words(before, leftDone, p, leftWords, after, rightDone, q, rightWords));
        }
        leftDone = p + 1;
        rightDone = q + 1;
      }
      if (d < deltas.size()) {
        i += deltas.get(d).getSource().size();
        j += deltas.get(d).getTarget().size();
      }
    }
    if (leftDone < before.size() || rightDone < after.size()) {
      append(
          stretches,
          words(
              before,
              leftDone,
              before.size(),
              leftWords,
              after,
              rightDone,
              after.size(),
              rightWords));
    }
    return stretches;
  }

  /** The indexes of the paragraphs found once on each side. */
  private static int[] kept(int[] numbers, int[] inLeft, int[] inRight) {
    return java.util.stream.IntStream.range(0, numbers.length)
        .filter(k -> inLeft[numbers[k]] == 1 && inRight[numbers[k]] == 1)
        .toArray();
  }

  private static List<Integer> numbered(int[] numbers, int[] kept) {
    List<Integer> list = new ArrayList<>(kept.length);
    for (int k : kept) {
      list.add(numbers[k]);
    }
    return list;
  }

  /** Paragraphs from..to of each side as a delta of word ranges. */
  private static Delta words(
      List<Paragraph> before,
      int from,
      int to,
      int leftWords,
      List<Paragraph> after,
      int afterFrom,
      int afterTo,
      int rightWords) {
    return new Delta(
        first(before, from, leftWords),
        first(before, to, leftWords),
        first(after, afterFrom, rightWords),
        first(after, afterTo, rightWords));
  }

  /**
   * Adds a delta, joined to the one before when they touch: the linear-space algorithm reports a
   * replacement as a deletion next to an insertion, which a reader sees as one change.
   */
  private static void append(List<Delta> deltas, Delta delta) {
    Delta last = deltas.isEmpty() ? null : deltas.get(deltas.size() - 1);
    if (last != null && last.sourceTo == delta.sourceFrom && last.targetTo == delta.targetFrom) {
      deltas.set(
          deltas.size() - 1,
          new Delta(last.sourceFrom, delta.sourceTo, last.targetFrom, delta.targetTo));
    } else {
      deltas.add(delta);
    }
  }

  /** A stretch of word numbers as the list the diff library takes. */
  private static final class Ids extends AbstractList<Integer> implements RandomAccess {

    private final int[] ids;
    private final int from;
    private final int size;
    private final Integer[] boxes;

    Ids(int[] ids, int from, int to, Integer[] boxes) {
      this.ids = ids;
      this.from = from;
      this.size = to - from;
      this.boxes = boxes;
    }

    @Override
    public Integer get(int index) {
      return boxes[ids[from + index]];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** A paragraph's word numbers, with the index of its first word. */
  private record Paragraph(int[] ids, int first, int hash) {

    Paragraph(int[] ids, int first) {
      this(ids, first, Arrays.hashCode(ids));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Paragraph that && hash == that.hash && Arrays.equals(ids, that.ids);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "paragraph at word " + first;
    }
  }

  private static List<Paragraph> paragraphs(Words words) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int from = 0;
    for (int k = 1; k <= words.size; k++) {
      if (k == words.size || words.paragraph[k] != words.paragraph[from]) {
        paragraphs.add(new Paragraph(Arrays.copyOfRange(words.id, from, k), from));
        from = k;
      }
    }
    return paragraphs;
  }

  /** The first word of a stretch of paragraphs; where it stands when the stretch is empty. */
  private static int first(List<Paragraph> paragraphs, int at, int wordCount) {
    return at < paragraphs.size() ? paragraphs.get(at).first() : wordCount;
  }

  /** One of the two texts with its words. */
  private record Side(ReadingText text, Words words) {

    private String paragraph(int k) {
      return text.paragraphs().get(words.paragraph[k]).text();
    }

    /**
     * The words from..to as written, with the spacing before the first (a paragraph break as a line
     * break): whole runs of a paragraph copied at once.
     */
    String stretch(int from, int to) {
      if (from >= to) {
        return "";
      }
      StringBuilder out = new StringBuilder();
      out.append(gap(from));
      int k = from;
      while (k < to) {
        int p = words.paragraph[k];
        int last = k;
        while (last + 1 < to && words.paragraph[last + 1] == p) {
          last++;
        }
        if (k > from) {
          out.append('\n');
        }
        out.append(paragraph(k), words.start[k], words.end[last]);
        k = last + 1;
      }
      return out.toString();
    }

    /** The words from..to on one line: the spacing or paragraph break between two as a space. */
    String words(int from, int to) {
      if (from >= to) {
        return "";
      }
      StringBuilder out =
          new StringBuilder().append(paragraph(from), words.start[from], words.end[from]);
      for (int k = from + 1; k < to; k++) {
        if (!gap(k).isEmpty()) {
          out.append(' ');
        }
        out.append(paragraph(k), words.start[k], words.end[k]);
      }
      return out.toString();
    }

    /** Where the word stands; past the end, where the last one does. */
    Position position(int k) {
      if (words.size == 0) {
        return new Position(text.paragraphs().isEmpty() ? 0 : text.paragraphs().get(0).page(), 1);
      }
      int p = words.paragraph[Math.min(k, words.size - 1)];
      return new Position(text.paragraphs().get(p).page(), p + 1);
    }

    private String gap(int k) {
      if (k == 0) {
        return "";
      }
      return words.paragraph[k - 1] != words.paragraph[k]
          ? "\n"
          : paragraph(k).substring(words.end[k - 1], words.start[k]);
    }
  }
}
