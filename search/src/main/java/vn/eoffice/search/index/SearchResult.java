package vn.eoffice.search.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A page of hits with the total and the facet counts, all within what the searcher may read.
 *
 * @param exact whether the total and the facet counts are exact; a broad search's are estimates
 *     rounded to two significant digits (see {@link SearchRequest#exactCounts()})
 */
public record SearchResult(
    long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets, boolean exact) {

  /**
   * One document found.
   *
   * @param highlights passages of the subject and of the content with the matching words between
   *     {@code <mark>} and {@code </mark>}, the rest HTML-escaped
   */
  public record Hit(
      long id,
      float score,
      String direction,
      Integer number,
      String notation,
      LocalDate date,
      String type,
      String subject,
      String issuer,
      String status,
      Map<String, String> highlights) {}

  /** A facet value and how many of the hits have it. */
  public record FacetCount(String value, long count) {}
}
