package vn.eoffice.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eoffice.platform.entity.AgencyRecord;

/** A search a user keeps under a name, to run again. */
@Entity
@Table(name = "saved_search")
@NamedQuery(
    name = SavedSearch.OF_OWNER,
    query = "SELECT s FROM SavedSearch s WHERE s.owner = :owner ORDER BY s.name")
public class SavedSearch extends AgencyRecord {

  public static final String OF_OWNER = "SavedSearch.ofOwner";

  @Column(nullable = false, length = 64)
  private String owner;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 500)
  private String query;

  /** The filters as a query string: {@code type=C%C3%B4ng+v%C4%83n&year=2026}. */
  @Column(nullable = false, length = 2000)
  private String filters;

  @Column(name = "sort_order", nullable = false, length = 20)
  private String order;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SavedSearch() {}

  public SavedSearch(
      String owner,
      String name,
      String query,
      Map<String, List<String>> filters,
      String order,
      Instant createdAt) {
    this.owner = owner;
    this.name = name;
    this.query = query;
    this.filters = encode(filters);
    this.order = order;
    this.createdAt = createdAt;
  }

  static String encode(Map<String, List<String>> filters) {
    List<String> pairs = new ArrayList<>();
    filters.forEach(
        (facet, values) ->
            values.forEach(
                v ->
                    pairs.add(
                        URLEncoder.encode(facet, StandardCharsets.UTF_8)
                            + "="
                            + URLEncoder.encode(v, StandardCharsets.UTF_8))));
    return String.join("&", pairs);
  }

  public Map<String, List<String>> getFilters() {
    Map<String, List<String>> decoded = new LinkedHashMap<>();
    if (!filters.isEmpty()) {
      for (String pair : filters.split("&")) {
        int eq = pair.indexOf('=');
        decoded
            .computeIfAbsent(
                URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                k -> new ArrayList<>())
            .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return decoded;
  }

  public String getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public String getQuery() {
    return query;
  }

  public String getOrder() {
    return order;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
