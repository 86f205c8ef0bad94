package vn.eoffice.web.search;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.search.boundary.DocumentComparisons;
import vn.eoffice.search.boundary.DocumentComparisons.FileRef;
import vn.eoffice.search.boundary.DocumentComparisons.Source;
import vn.eoffice.search.boundary.DocumentComparisons.UploadRef;
import vn.eoffice.web.documents.ContentDisposition;
import vn.eoffice.web.i18n.Messages;

/**
 * So sánh: {@code GET /api/comparisons?before=12:3:1&after=12:3:2} compares two file versions
 * (document id : file id : version, the version left out for the newest) word by word; {@code
 * /api/comparisons/report} gives the same as a DOCX to attach to a return comment.
 */
@Path("comparisons")
@Produces(MediaType.APPLICATION_JSON)
public class ComparisonsResource {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @EJB DocumentComparisons comparisons;

  @GET
  public DocumentComparisons.ComparisonView compare(
      @QueryParam("before") String before, @QueryParam("after") String after) {
    Source[] refs = refs(before, after);
    return comparisons.compare(refs[0], refs[1]);
  }

  @GET
  @Path("report")
  @Produces({DOCX, MediaType.APPLICATION_JSON})
  public Response report(
      @QueryParam("before") String before,
      @QueryParam("after") String after,
      @Context HttpServletRequest request) {
    Source[] refs = refs(before, after);
    Locale locale = Locale.forLanguageTag(Messages.languageOf(request));
    DocumentComparisons.Report report = comparisons.report(refs[0], refs[1], locale);
    return Response.ok(report.content(), DOCX)
        .header("Content-Disposition", ContentDisposition.attachment(report.fileName()))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** Both sides, or a 400 naming each one written wrong. */
  private static Source[] refs(String before, String after) {
    List<Violation> violations = new ArrayList<>();
    Source left = ref("before", before, violations);
    Source right = ref("after", after, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new Source[] {left, right};
  }

  /** {@code document:file[:version]}, or {@code upload:id} for a file the caller just uploaded. */
  static Source ref(String name, String value, List<Violation> violations) {
    String[] parts = value == null ? new String[0] : value.strip().split(":");
    try {
      if (parts.length == 2 && parts[0].equals("upload")) {
        return new UploadRef(Long.parseLong(parts[1]));
      }
      if (parts.length == 2 || parts.length == 3) {
        return new FileRef(
            Long.parseLong(parts[0]),
            Long.parseLong(parts[1]),
            parts.length == 3 ? Integer.valueOf(parts[2]) : null);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    violations.add(
        Violation.of(
            name,
            "FileRef",
            name
                + " is document:file or document:file:version, numbers, e.g. 12:3:2, or upload:id"
                + " for a file just uploaded"));
    return null;
  }
}
