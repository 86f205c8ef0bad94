package vn.eoffice.search.compare;

import java.util.List;

/**
 * What changed from one text to another, word by word.
 *
 * @param changes each run of inserted, deleted or replaced words, in reading order
 * @param segments the two texts cut at the changes, for showing them side by side or inline: the
 *     text before and after of each unchanged stretch and of each change in turn (a paragraph break
 *     is a line break)
 * @param wordsBefore words and marks in the first text
 * @param wordsAfter words and marks in the second text
 */
public record Comparison(
    List<Change> changes, List<Segment> segments, int wordsBefore, int wordsAfter) {

  public Comparison {
    changes = List.copyOf(changes);
    segments = List.copyOf(segments);
  }

  /** No change at all. */
  public boolean same() {
    return changes.isEmpty();
  }

  /** What a change did. */
  public enum Kind {
    INSERTED,
    DELETED,
    CHANGED
  }

  /**
   * Where a change stands in one of the texts.
   *
   * @param page from 1; 0 when the file has no pages (DOCX, DOC)
   * @param paragraph from 1
   */
  public record Position(int page, int paragraph) {}

  /**
   * One change.
   *
   * @param number from 1, in reading order
   * @param before the words taken out or replaced (empty for an insertion)
   * @param after the words put in (empty for a deletion)
   * @param beforeAt where it stands in the first text (for an insertion: before which word)
   * @param afterAt where it stands in the second text
   */
  public record Change(
      int number, Kind kind, String before, String after, Position beforeAt, Position afterAt) {}

  /**
   * A stretch of both texts.
   *
   * @param change the change's number, or null for an unchanged stretch
   * @param before its text in the first (with the spacing before it)
   * @param after its text in the second
   */
  public record Segment(Integer change, String before, String after) {}
}
