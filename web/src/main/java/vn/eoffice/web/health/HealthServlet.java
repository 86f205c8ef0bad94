package vn.eoffice.web.health;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.eoffice.platform.control.BackgroundWork;

/**
 * 200 and {@code "status":"UP"} when the database answers within two seconds and every background
 * work of this node runs (its timer ticked lately, see {@link BackgroundWork}), else 503; {@code
 * work} tells each one's status and when it last ran.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(name = "eofficeDb")
  private transient DataSource dataSource;

  @EJB private transient BackgroundWork background;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String database;
    String product = null;
    try (Connection connection = dataSource.getConnection()) {
      database = connection.isValid(2) ? "UP" : "DOWN";
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      database = "DOWN";
    }
    boolean up = "UP".equals(database);
    var work = Json.createObjectBuilder();
    for (BackgroundWork.Status status : background.status()) {
      up &= status.up();
      work.add(
          status.name(),
          Json.createObjectBuilder()
              .add("status", status.up() ? "UP" : "DOWN")
              .add("lastRun", status.lastTick().toString())
              .add("restarts", status.restarts()));
    }
    var databaseStatus = Json.createObjectBuilder().add("status", database);
    if (product != null) {
      databaseStatus.add("product", product);
    }
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("database", databaseStatus)
                .add("work", work)
                .build()
                .toString());
  }
}
