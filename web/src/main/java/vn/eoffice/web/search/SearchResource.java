package vn.eoffice.web.search;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.search.boundary.DocumentSearch;
import vn.eoffice.search.boundary.SearchAdministration;
import vn.eoffice.search.control.SearchIndex;
import vn.eoffice.search.index.Facet;
import vn.eoffice.search.index.SearchResult;
import vn.eoffice.search.index.SimilarDocument;
import vn.eoffice.web.api.QueryParameters;
import vn.eoffice.web.documents.ContentDisposition;

/**
 * Tra cứu: {@code GET /api/search?q=…} with any facet as a filter ({@code type=Công văn}, repeated
 * for several values), {@code order}, {@code offset} and {@code limit}; the administrator rebuilds
 * the index at {@code /api/search/rebuild}.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB DocumentSearch search;
  @EJB SearchAdministration administration;

  /**
   * The answer: hits with snippets, the total and, per facet, its values with counts. When {@code
   * exact} is false the search was broad (over ten thousand matches) and the total and counts are
   * estimates rounded to two significant digits; {@code exact=true} in the request counts every
   * match.
   */
  public record Results(
      long total,
      boolean exact,
      List<Hit> hits,
      Map<String, List<SearchResult.FacetCount>> facets) {}

  /** One hit; {@code highlights} hold HTML: escaped text with {@code <mark>} around matches. */
  public record Hit(
      long id,
      String direction,
      Integer number,
      String notation,
      LocalDate date,
      String type,
      String subject,
      String issuer,
      String status,
      Map<String, String> highlights) {}

  /**
   * The same search sent as a body, for a text longer than an address takes (a paragraph pasted
   * from a petition): {@code {"q":…, "order":…, "offset":…, "limit":…, "exact":…,
   * "filters":{"type": ["Công văn"]}}}, every member optional.
   */
  public record Query(
      String q,
      String order,
      Integer offset,
      Integer limit,
      Boolean exact,
      Map<String, List<String>> filters) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Results searchByBody(Query query) {
    Query asked = query == null ? new Query(null, null, null, null, null, null) : query;
    return results(
        search.search(
            asked.q(),
            asked.filters() == null ? Map.of() : asked.filters(),
            asked.order(),
            asked.offset() == null ? 0 : asked.offset(),
            asked.limit() == null ? 20 : asked.limit(),
            Boolean.TRUE.equals(asked.exact())));
  }

  @GET
  public Results search(
      @QueryParam("q") String query,
      @QueryParam("order") String order,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @QueryParam("exact") String exact,
      @Context UriInfo uri) {
    List<Violation> violations = new ArrayList<>();
    Long from = QueryParameters.number("offset", offset, violations);
    Long size = QueryParameters.number("limit", limit, violations);
    boolean exactCounts = QueryParameters.flag("exact", exact, false, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    SearchResult result =
        search.search(
            query,
            filters(uri),
            order,
            from == null ? 0 : (int) Math.min(from, Integer.MAX_VALUE),
            size == null ? 20 : (int) Math.min(size, Integer.MAX_VALUE),
            exactCounts);
    return results(result);
  }

  private static Results results(SearchResult result) {
    Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    result.facets().forEach((facet, counts) -> facets.put(facet.key(), counts));
    return new Results(
        result.total(),
        result.exact(),
        result.hits().stream()
            .map(
                h ->
                    new Hit(
                        h.id(),
                        h.direction(),
                        h.number(),
                        h.notation(),
                        h.date(),
                        h.type(),
                        h.subject(),
                        h.issuer(),
                        h.status(),
                        h.highlights()))
            .toList(),
        facets);
  }

  /** The whole result list (up to 5,000 documents) as an XLSX workbook to print. */
  @GET
  @Path("export")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  public Response export(
      @QueryParam("q") String query, @QueryParam("order") String order, @Context UriInfo uri) {
    DocumentSearch.Export export = search.export(query, filters(uri), order);
    return Response.ok(export.content(), XLSX)
        .header("Content-Disposition", ContentDisposition.attachment(export.fileName()))
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * Documents already registered whose content is nearly the text of this file, whatever its layout
   * ("possibly registered already"): the body is the file, its type the Content-Type.
   */
  @POST
  @Path("similar-content")
  @Consumes(MediaType.WILDCARD)
  public List<SimilarDocument> similarContent(
      InputStream content, @HeaderParam("Content-Type") String mediaType) {
    String type = mediaType == null ? "" : mediaType.split(";")[0].strip();
    return search.similarContent(content, type);
  }

  private static Map<String, List<String>> filters(UriInfo uri) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      List<String> values = uri.getQueryParameters().get(facet.key());
      if (values != null && !values.isEmpty()) {
        filters.put(facet.key(), values);
      }
    }
    return filters;
  }

  @GET
  @Path("rebuild")
  public SearchIndex.Progress progress() {
    return administration.progress();
  }

  @POST
  @Path("rebuild")
  public SearchIndex.Progress rebuild() {
    return administration.rebuild();
  }
}
