package vn.eoffice.search.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.documents.boundary.FileTooLargeException;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.people.control.Readers;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.recognition.control.Recognitions;
import vn.eoffice.search.control.SearchIndex;
import vn.eoffice.search.control.SearchResultSheet;
import vn.eoffice.search.index.Facet;
import vn.eoffice.search.index.SearchRequest;
import vn.eoffice.search.index.SearchResult;
import vn.eoffice.search.index.SimilarDocument;
import vn.eoffice.search.text.TextExtraction;
import vn.eoffice.search.text.UnreadableFileException;
import vn.eoffice.signing.DocumentFingerprint;

/**
 * Tra cứu văn bản: one search box over every field and the text of the files, with facets, snippets
 * and date order. The caller finds, counts and sees only documents they may read: the index filters
 * by the same rules as the document page, before anything is counted.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.ARCHIVIST_NAME})
public class DocumentSearch {

  /** The largest page. */
  public static final int MAX_LIMIT = 100;

  @Resource SessionContext context;
  @Inject Readers readers;
  @Inject Recognitions recognitions;
  @EJB SearchIndex index;
  @EJB OrganisationService organisation;
  @EJB AuditLog audit;
  @Inject Clock clock;

  /**
   * @param filters facet name (year, type, issuer, register, direction, urgency, status) to the
   *     values chosen
   * @param order relevance, newest or oldest
   * @param exactCounts count every match even of a broad search, whose total and facet counts are
   *     otherwise estimated beyond the first ten thousand matches
   */
  public SearchResult search(
      String query,
      Map<String, List<String>> filters,
      String order,
      int offset,
      int limit,
      boolean exactCounts) {
    return index.search(request(query, filters, order, offset, limit, MAX_LIMIT, exactCounts));
  }

  /** Documents sharing this share of word shingles are offered as "possibly registered already". */
  public static final double SIMILAR = 0.7;

  /**
   * The readable documents whose content is nearly this file's text ("possibly registered
   * already"), whatever its layout: checked when a clerk picks the file of a document to register,
   * beside the check of issuer, số ký hiệu and date. A file without enough text finds nothing.
   */
  public List<SimilarDocument> similarContent(InputStream file, String mediaType) {
    long limit = FileStore.maxBytes();
    byte[] content;
    try {
      content = file.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("the file to check could not be received", e);
    }
    if (content.length > limit) {
      throw new FileTooLargeException(limit);
    }
    String text;
    try {
      text = TextExtraction.text(content, mediaType);
    } catch (UnreadableFileException e) {
      throw new InvalidInputException(
          Violation.of("file", "UnreadableFile", "the file cannot be read: " + e.getMessage()));
    }
    if (text.isBlank()) {
      // A scan: the text recognised when it was uploaded, if it is read already.
      text = recognitions.text(DocumentFingerprint.of(content).sha256()).orElse("");
    }
    return index.similar(text, readers.of(context.getCallerPrincipal().getName()).keys(), SIMILAR);
  }

  /** Results as an XLSX list. */
  public record Export(byte[] content, String fileName) {}

  /** The most documents an exported list holds. */
  public static final int MAX_EXPORT = 5000;

  /** The whole result list (up to {@link #MAX_EXPORT} documents) as a workbook to print. */
  public Export export(String query, Map<String, List<String>> filters, String order) {
    List<SearchResult.Hit> hits = new ArrayList<>();
    long total = 0;
    int page = 500;
    for (int offset = 0; offset < MAX_EXPORT; offset += page) {
      // The sheet states the total: counted exactly.
      SearchResult result = index.search(request(query, filters, order, offset, page, page, true));
      total = result.total();
      hits.addAll(result.hits());
      if (result.hits().size() < page) {
        break;
      }
    }
    LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
    byte[] workbook =
        SearchResultSheet.workbook(organisation.agency().getName(), query, total, hits, now);
    audit.record(
        AuditAction.SEARCH_EXPORTED,
        "Search",
        null,
        "XLSX, " + hits.size() + " of " + total + " documents: " + (query == null ? "" : query));
    return new Export(
        workbook,
        "ket-qua-tra-cuu-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".xlsx");
  }

  private SearchRequest request(
      String query,
      Map<String, List<String>> filters,
      String order,
      int offset,
      int limit,
      int maxLimit,
      boolean exactCounts) {
    List<Violation> violations = new ArrayList<>();
    Map<Facet, List<String>> chosen = new EnumMap<>(Facet.class);
    filters.forEach(
        (name, values) -> {
          try {
            chosen.put(Facet.of(name), values);
          } catch (IllegalArgumentException e) {
            violations.add(Violation.of(name, "UnknownFilter", e.getMessage()));
          }
        });
    SearchRequest.Order sorted = null;
    try {
      sorted =
          order == null || order.isBlank()
              ? SearchRequest.Order.RELEVANCE
              : SearchRequest.Order.valueOf(order.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(
          Violation.of(
              "order", "SearchOrder", "order is relevance, newest or oldest, not " + order));
    }
    if (offset < 0) {
      violations.add(Violation.of("offset", "PositiveOrZero", "offset starts at 0"));
    } else if ((long) offset + Math.max(0, limit) > SearchRequest.WINDOW) {
      violations.add(
          Violation.of(
              "offset",
              "SearchWindow",
              "results are shown up to the "
                  + SearchRequest.WINDOW
                  + "th (offset + limit at most "
                  + SearchRequest.WINDOW
                  + "): narrow the search with more words or a filter (year, type, issuer,"
                  + " register), or sort by newest or oldest"));
    }
    if (limit < 1 || limit > maxLimit) {
      violations.add(Violation.of("limit", "Range", "limit is from 1 to " + maxLimit));
    }
    if (query != null && query.length() > 500) {
      violations.add(Violation.of("q", "SearchTooLong", "a search is at most 500 characters"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new SearchRequest(
        query,
        chosen,
        sorted,
        offset,
        limit,
        readers.of(context.getCallerPrincipal().getName()).keys(),
        exactCounts);
  }
}
