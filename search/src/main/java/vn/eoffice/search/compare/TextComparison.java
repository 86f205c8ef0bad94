package vn.eoffice.search.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.eoffice.search.compare.Comparison.Change;
import vn.eoffice.search.compare.Comparison.Kind;
import vn.eoffice.search.compare.Comparison.Position;
import vn.eoffice.search.compare.Comparison.Segment;
import vn.eoffice.search.compare.Words.Word;

/**
 * Compares two reading texts word by word with java-diff-utils (Myers' algorithm), the words turned
 * into numbers first so that the algorithm compares integers, not strings.
 */
public final class TextComparison {

  private TextComparison() {}

  public static Comparison compare(ReadingText before, ReadingText after) {
    List<Word> left = Words.of(before);
    List<Word> right = Words.of(after);
    Map<String, Integer> ids = new HashMap<>();
    List<Integer> leftIds = ids(left, ids);
    List<Integer> rightIds = ids(right, ids);
    List<AbstractDelta<Integer>> deltas = DiffUtils.diff(leftIds, rightIds).getDeltas();

    Side from = new Side(before, left);
    Side to = new Side(after, right);
    List<Change> changes = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<Integer> delta : deltas) {
      Chunk<Integer> source = delta.getSource();
      Chunk<Integer> target = delta.getTarget();
      if (source.getPosition() > i || target.getPosition() > j) {
        segments.add(
            new Segment(
                null, from.stretch(i, source.getPosition()), to.stretch(j, target.getPosition())));
      }
      int number = changes.size() + 1;
      int sourceEnd = source.getPosition() + source.size();
      int targetEnd = target.getPosition() + target.size();
      changes.add(
          new Change(
              number,
              kind(delta.getType()),
              from.words(source.getPosition(), sourceEnd),
              to.words(target.getPosition(), targetEnd),
              from.position(source.getPosition()),
              to.position(target.getPosition())));
      segments.add(
          new Segment(
              number,
              from.stretch(source.getPosition(), sourceEnd),
              to.stretch(target.getPosition(), targetEnd)));
      i = sourceEnd;
      j = targetEnd;
    }
    if (i < left.size() || j < right.size()) {
      segments.add(new Segment(null, from.stretch(i, left.size()), to.stretch(j, right.size())));
    }
    return new Comparison(changes, segments, left.size(), right.size());
  }

  private static List<Integer> ids(List<Word> words, Map<String, Integer> ids) {
    List<Integer> result = new ArrayList<>(words.size());
    for (Word word : words) {
      result.add(ids.computeIfAbsent(word.key(), k -> ids.size()));
    }
    return result;
  }

  private static Kind kind(DeltaType type) {
    return switch (type) {
      case INSERT -> Kind.INSERTED;
      case DELETE -> Kind.DELETED;
      default -> Kind.CHANGED;
    };
  }

  /** One of the two texts with its words. */
  private record Side(ReadingText text, List<Word> words) {

    /** The words from..to as written, with the spacing (or paragraph break) before each. */
    String stretch(int from, int to) {
      StringBuilder out = new StringBuilder();
      for (int k = from; k < to; k++) {
        out.append(gap(k)).append(token(k));
      }
      return out.toString();
    }

    /** The words from..to on one line: the spacing or paragraph break between two as a space. */
    String words(int from, int to) {
      if (from >= to) {
        return "";
      }
      StringBuilder out = new StringBuilder(token(from));
      for (int k = from + 1; k < to; k++) {
        out.append(gap(k).isEmpty() ? "" : " ").append(token(k));
      }
      return out.toString();
    }

    /** Where the word stands; past the end, where the last one does. */
    Position position(int k) {
      if (words.isEmpty()) {
        return new Position(text.paragraphs().isEmpty() ? 0 : text.paragraphs().get(0).page(), 1);
      }
      Word word = words.get(Math.min(k, words.size() - 1));
      return new Position(text.paragraphs().get(word.paragraph()).page(), word.paragraph() + 1);
    }

    private String token(int k) {
      Word word = words.get(k);
      return text.paragraphs().get(word.paragraph()).text().substring(word.start(), word.end());
    }

    private String gap(int k) {
      if (k == 0) {
        return "";
      }
      Word previous = words.get(k - 1);
      Word word = words.get(k);
      return previous.paragraph() != word.paragraph()
          ? "\n"
          : text.paragraphs().get(word.paragraph()).text().substring(previous.end(), word.start());
    }
  }
}
