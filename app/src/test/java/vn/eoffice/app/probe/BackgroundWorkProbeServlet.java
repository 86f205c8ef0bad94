package vn.eoffice.app.probe;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import javax.naming.InitialContext;

/**
 * Deployed by the tests only. {@code POST /background-work?halt=NAME} stops the timer of that
 * background work as a crashed timer thread would leave it (the application's {@code
 * BackgroundWork.halt}); answers {@code halted}.
 */
@WebServlet("/background-work")
public class BackgroundWorkProbeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      Object work = new InitialContext().lookup("java:app/eoffice-ejb/BackgroundWork");
      work.getClass().getMethod("halt", String.class).invoke(work, request.getParameter("halt"));
      response.setContentType("text/plain");
      response.getWriter().print("halted");
    } catch (InvocationTargetException e) {
      response.sendError(500, e.getCause().toString());
    } catch (Exception e) {
      response.sendError(500, e.toString());
    }
  }
}
