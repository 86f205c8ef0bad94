package vn.eoffice.app.probe;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.lang.reflect.Method;
import javax.naming.InitialContext;

/**
 * Deployed by the tests only, inside the application: takes a number from a register's series in a
 * transaction of its own and then commits or rolls back, as a registration that fails late would.
 * The application's classes are reached through JNDI and reflection because the test class path
 * must not hold them (they would shadow the EAR's own).
 */
@WebServlet("/take")
public class NumberingProbeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource private transient UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long register = Long.parseLong(request.getParameter("register"));
    int year = Integer.parseInt(request.getParameter("year"));
    boolean commit = Boolean.parseBoolean(request.getParameter("commit"));
    try {
      Object numbering = new InitialContext().lookup("java:app/eoffice-ejb/RegisterNumbering");
      Method next = numbering.getClass().getMethod("next", long.class, int.class);
      transaction.begin();
      int number;
      try {
        number = (Integer) next.invoke(numbering, register, year);
      } catch (ReflectiveOperationException | RuntimeException e) {
        transaction.rollback();
        throw e;
      }
      if (commit) {
        transaction.commit();
      } else {
        transaction.rollback();
      }
      response.setContentType("text/plain");
      response.getWriter().print(number);
    } catch (Exception e) {
      response.sendError(500, e.toString());
    }
  }
}
