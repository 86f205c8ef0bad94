package vn.eoffice.search.index;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search.
 *
 * @param query what the user typed (see {@link SearchSyntax}); blank finds every readable document
 * @param filters chosen facet values; several values of one facet mean any of them
 * @param access the searcher's keys; only documents sharing one are found, counted or shown
 * @param exactCounts count every match even of a broad search, whose total and facet counts are
 *     otherwise estimated (see {@link SearchResult#exact()})
 */
public record SearchRequest(
    String query,
    Map<Facet, List<String>> filters,
    Order order,
    int offset,
    int limit,
    Set<String> access,
    boolean exactCounts) {

  /**
   * The deepest a result list is paged: offset + limit at most this, as search engines bound it
   * (the best {@code offset + limit} hits are gathered to show a page, so a deeper page would cost
   * memory in proportion). A broader look narrows the search instead.
   */
  public static final int WINDOW = 10_000;

  /** How hits are sorted. */
  public enum Order {
    RELEVANCE,
    NEWEST,
    OLDEST
  }

  public SearchRequest {
    query = query == null ? "" : query;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    order = order == null ? Order.RELEVANCE : order;
    if (offset < 0 || limit < 1 || limit > 500 || (long) offset + limit > WINDOW) {
      throw new IllegalArgumentException(
          "offset from 0 and limit from 1 to 500, offset + limit at most " + WINDOW);
    }
    access = Set.copyOf(access);
  }

  /** A search whose counts are estimated when it is broad. */
  public SearchRequest(
      String query,
      Map<Facet, List<String>> filters,
      Order order,
      int offset,
      int limit,
      Set<String> access) {
    this(query, filters, order, offset, limit, access, false);
  }

  /** A first page of 20 by relevance with no filters. */
  public static SearchRequest of(String query, Set<String> access) {
    return new SearchRequest(query, Map.of(), Order.RELEVANCE, 0, 20, access);
  }
}
