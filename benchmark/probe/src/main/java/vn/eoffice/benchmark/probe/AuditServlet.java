package vn.eoffice.benchmark.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.eoffice.audit.boundary.AuditVerification;

/**
 * {@code POST /audit}: verifies the whole audit chain and answers {@code entriesChecked intact
 * findings seconds} on one line.
 */
@WebServlet("/audit")
public class AuditServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private transient AuditCheck check;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long start = System.nanoTime();
    AuditVerification verification = check.verify();
    response.setContentType("text/plain");
    response
        .getWriter()
        .printf(
            java.util.Locale.ROOT,
            "%d %b %d %.1f%n",
            verification.entriesChecked(),
            verification.intact(),
            verification.findings().size(),
            (System.nanoTime() - start) / 1e9);
  }
}
