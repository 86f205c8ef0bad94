package vn.eoffice.web.security;

import java.util.Set;

/**
 * What may be reached without signing in: the sign-in page and what it needs, health, and the
 * exchange endpoint where other installations deliver signed messages, and the verification pages
 * that issued documents' QR codes open.
 */
public final class PublicPaths {

  public static final String SIGN_IN_PAGE = "/login.html";
  public static final String SESSION_API = "/api/session";

  /** Where other installations deliver edXML messages: trusted for their XML signatures. */
  public static final String EXCHANGE = "/exchange/edxml";

  private static final Set<String> EXACT =
      Set.of(SIGN_IN_PAGE, "/health", "/favicon.ico", SESSION_API, EXCHANGE);
  private static final Set<String> PREFIXES = Set.of("/assets/", "/api/i18n/", "/verify/");

  private PublicPaths() {}

  /**
   * @param path the request path inside the application, starting with {@code /}
   */
  public static boolean isPublic(String path) {
    return EXACT.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
  }

  public static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/");
  }
}
