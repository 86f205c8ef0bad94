package vn.eoffice.web.exchange;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.exchange.boundary.ExchangeEndpoint;
import vn.eoffice.exchange.control.Receipt;

/**
 * Where other installations deliver edXML packages and statuses ({@code POST /exchange/edxml}, the
 * message as the body). No session: the message's XML signature, checked against the partner's
 * certificate, is what it is trusted for. The answer is JSON: {@code code} and {@code reason}, with
 * 200 when the message was taken (or had been), else 400, 403, 413 or 422.
 */
@WebServlet("/exchange/edxml")
public class ExchangeReceiveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB ExchangeEndpoint endpoint;

  /** Base64 takes a third more than the files, and the envelope a little more. */
  static long limit() {
    return FileStore.maxBytes() * 2;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > limit()) {
      answer(
          response,
          new Receipt(413, "TooLarge", "a message may hold at most " + limit() + " bytes"));
      return;
    }
    byte[] message;
    try (InputStream in = request.getInputStream()) {
      if (declared >= 0) {
        // Read into one array of the declared length, not into growing ones.
        message = new byte[(int) declared];
        int read = in.readNBytes(message, 0, message.length);
        if (read < message.length || in.read() >= 0) {
          answer(
              response,
              new Receipt(
                  400,
                  "NotEdXml",
                  "the request carried "
                      + read
                      + " bytes where its Content-Length said "
                      + declared));
          return;
        }
      } else {
        message = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit() + 1));
      }
    }
    if (message.length > limit()) {
      answer(
          response,
          new Receipt(413, "TooLarge", "a message may hold at most " + limit() + " bytes"));
      return;
    }
    if (message.length == 0) {
      answer(response, new Receipt(400, "NotEdXml", "the request carries no message"));
      return;
    }
    answer(response, endpoint.receive(message));
  }

  private static void answer(HttpServletResponse response, Receipt receipt) throws IOException {
    response.setStatus(receipt.status());
    response.setContentType("application/json;charset=UTF-8");
    response
        .getOutputStream()
        .write(
            Json.createObjectBuilder()
                .add("code", receipt.code())
                .add("reason", receipt.reason() == null ? "" : receipt.reason())
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
  }
}
