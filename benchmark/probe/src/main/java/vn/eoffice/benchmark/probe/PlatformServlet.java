package vn.eoffice.benchmark.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.eoffice.people.entity.Reader;
import vn.eoffice.people.entity.Role;
import vn.eoffice.search.control.SearchIndex;
import vn.eoffice.search.index.SearchRequest;

/**
 * The province platform, for its benchmark. {@code POST /platform/agencies?count=N} creates N
 * agencies under the demo clerk's agency's parent and answers their ids; {@code GET
 * /platform/agency?username=U} answers a person's agency; {@code POST
 * /platform/search?agency=A&queries=Q} runs Q searches as a clerk of agency A (what the clerk's
 * search reads in the index, without the HTTP around it) and answers {@code p50 p95 meanTotal} in
 * milliseconds.
 */
@WebServlet("/platform/*")
public class PlatformServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** What a clerk looks for among the benchmark's letters: broad words, a phrase, one number. */
  private static final List<String> QUERIES =
      List.of("báo cáo", "số liệu", "\"đo hiệu năng\"", "hiệu năng lần", "UBND huyện Mẫu");

  @EJB private transient PlatformAgencies agencies;
  @EJB private transient SearchIndex index;

  @Resource(name = "eofficeDb")
  private transient DataSource database;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/agency".equals(request.getPathInfo())) {
      response.sendError(404);
      return;
    }
    answer(response, Long.toString(agencyOf(request.getParameter("username"))));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("/agencies".equals(request.getPathInfo())) {
      int count = Integer.parseInt(request.getParameter("count"));
      Long parent = parentOf(agencyOf("vanthu"));
      answer(
          response,
          agencies.create(count, parent).stream()
              .map(String::valueOf)
              .collect(Collectors.joining(" ")));
    } else if ("/search".equals(request.getPathInfo())) {
      long agency = Long.parseLong(request.getParameter("agency"));
      int queries = Integer.parseInt(request.getParameter("queries"));
      answer(response, searches(agency, queries));
    } else {
      response.sendError(404);
    }
  }

  /** The searches, timed one by one: median and 95th percentile in ms, and the mean total. */
  private String searches(long agency, int queries) {
    Set<String> clerk =
        Set.of(
            Reader.inAgency(agency, Reader.roleKey(Role.CLERK)),
            Reader.inAgency(agency, Reader.userKey("vanthu")));
    double[] millis = new double[queries];
    long totals = 0;
    for (int i = 0; i < queries; i++) {
      String query =
          i % (QUERIES.size() + 1) == QUERIES.size()
              ? "lần " + (System.currentTimeMillis() - i) // a number no letter has: no hit
              : QUERIES.get(i % (QUERIES.size() + 1));
      long start = System.nanoTime();
      totals += index.search(SearchRequest.of(query, clerk)).total();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return String.format(
        java.util.Locale.ROOT,
        "%.2f %.2f %.0f",
        millis[queries / 2],
        millis[Math.min(queries - 1, (int) Math.ceil(queries * 0.95) - 1)],
        (double) totals / queries);
  }

  private long agencyOf(String username) throws IOException {
    return single("SELECT agency_id FROM user_account WHERE username = ?", username);
  }

  private Long parentOf(long agency) throws IOException {
    long parent = single("SELECT COALESCE(parent_id, id) FROM agency WHERE id = ?", agency);
    return parent;
  }

  private long single(String sql, Object parameter) throws IOException {
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IOException("nothing for " + parameter);
        }
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  private static void answer(HttpServletResponse response, String line) throws IOException {
    response.setContentType("text/plain");
    response.getWriter().println(line);
  }
}
