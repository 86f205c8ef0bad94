package vn.eoffice.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail, with the fields in error: each names the field, the rule it broke and
 * a message in the user's language.
 */
@JsonbPropertyOrder({
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "errors",
  "maxBytes",
  "duplicates",
  "comparison"
})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    Long maxBytes,
    List<?> duplicates,
    Comparison comparison) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One rejected field. */
  public record FieldError(String field, String rule, String message) {}

  /**
   * The two file versions whose differences explain the problem, as {@code GET /api/comparisons}
   * takes them ({@code document:file:version}).
   */
  public record Comparison(String before, String after) {}

  /** With the upload limit, for {@code file-too-large}. */
  public Problem withMaxBytes(long limit) {
    return new Problem(
        type, title, status, detail, instance, errors, limit, duplicates, comparison);
  }

  /** With the earlier registrations that look the same, for {@code possible-duplicate}. */
  public Problem withDuplicates(List<?> candidates) {
    return new Problem(
        type, title, status, detail, instance, errors, maxBytes, candidates, comparison);
  }

  /** With the versions to compare, for a seal refused because the signed text changed. */
  public Problem withComparison(String before, String after) {
    return new Problem(
        type,
        title,
        status,
        detail,
        instance,
        errors,
        maxBytes,
        duplicates,
        new Comparison(before, after));
  }

  /** {@code type} is a URN: the problem kinds are listed in the OpenAPI description. */
  public static String type(String kind) {
    return "urn:eoffice:problem:" + kind;
  }
}
