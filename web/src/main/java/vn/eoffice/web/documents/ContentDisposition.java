package vn.eoffice.web.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.eoffice.documents.control.FileNames;

/**
 * A Content-Disposition header that keeps Vietnamese file names (RFC 6266 {@code filename*}) and
 * gives older clients an ASCII name without diacritics.
 */
public final class ContentDisposition {

  private ContentDisposition() {}

  public static String attachment(String fileName) {
    return of("attachment", fileName);
  }

  public static String inline(String fileName) {
    return of("inline", fileName);
  }

  private static String of(String type, String fileName) {
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return type + "; filename=\"" + FileNames.ascii(fileName) + "\"; filename*=UTF-8''" + encoded;
  }
}
