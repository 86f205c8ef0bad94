package vn.eoffice.search.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.eoffice.audit.boundary.AuditLog;
import vn.eoffice.audit.entity.AuditAction;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.boundary.InvalidInputException;
import vn.eoffice.platform.boundary.NotFoundException;
import vn.eoffice.platform.boundary.Violation;
import vn.eoffice.search.entity.SavedSearch;
import vn.eoffice.search.index.Facet;

/**
 * Each user's saved searches (tra cứu đã lưu): the text, filters and order under a name of their
 * own; only their owner sees, runs or deletes them. Running one runs the search again, so it finds
 * today's documents within today's permissions.
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.ARCHIVIST_NAME})
public class SavedSearches {

  /** How many searches one user keeps. */
  public static final int MAX_PER_USER = 50;

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @EJB AuditLog audit;
  @Inject Clock clock;

  /** A saved search as its owner sees it. */
  public record View(
      long id,
      String name,
      String query,
      Map<String, List<String>> filters,
      String order,
      Instant createdAt) {

    static View of(SavedSearch s) {
      return new View(
          s.getId(), s.getName(), s.getQuery(), s.getFilters(), s.getOrder(), s.getCreatedAt());
    }
  }

  /** What the user asks to keep. */
  public record NewSavedSearch(
      String name, String query, Map<String, List<String>> filters, String order) {}

  public List<View> mine() {
    return em
        .createNamedQuery(SavedSearch.OF_OWNER, SavedSearch.class)
        .setParameter("owner", caller())
        .getResultList()
        .stream()
        .map(View::of)
        .toList();
  }

  public View save(NewSavedSearch command) {
    List<Violation> violations = new ArrayList<>();
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty()) {
      violations.add(Violation.of("name", "NotBlank", "give the search a name"));
    } else if (name.length() > 100) {
      violations.add(Violation.of("name", "SavedSearchName", "a name is at most 100 characters"));
    }
    String query = command.query() == null ? "" : command.query().strip();
    if (query.length() > 500) {
      violations.add(Violation.of("query", "SearchTooLong", "a search is at most 500 characters"));
    }
    Map<String, List<String>> filters = command.filters() == null ? Map.of() : command.filters();
    for (String facet : filters.keySet()) {
      try {
        Facet.of(facet);
      } catch (IllegalArgumentException e) {
        violations.add(Violation.of("filters." + facet, "UnknownFilter", e.getMessage()));
      }
    }
    String order =
        command.order() == null || command.order().isBlank()
            ? "relevance"
            : command.order().strip().toLowerCase(java.util.Locale.ROOT);
    if (!List.of("relevance", "newest", "oldest").contains(order)) {
      violations.add(Violation.of("order", "SearchOrder", "order is relevance, newest or oldest"));
    }
    List<View> mine = mine();
    if (mine.stream().anyMatch(s -> s.name().equalsIgnoreCase(name))) {
      violations.add(Violation.of("name", "Unique", "you have a saved search of that name"));
    }
    if (mine.size() >= MAX_PER_USER) {
      violations.add(
          Violation.of(
              "name",
              "SavedSearchLimit",
              "at most " + MAX_PER_USER + " saved searches each; delete one first"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    SavedSearch saved = new SavedSearch(caller(), name, query, filters, order, clock.instant());
    em.persist(saved);
    em.flush();
    audit.record(AuditAction.SAVED_SEARCH_CHANGED, "SavedSearch", saved.getId(), "saved " + name);
    return View.of(saved);
  }

  public void delete(long id) {
    SavedSearch saved = em.find(SavedSearch.class, id);
    if (saved == null || !saved.getOwner().equals(caller())) {
      throw new NotFoundException("SavedSearch", id);
    }
    em.remove(saved);
    audit.record(AuditAction.SAVED_SEARCH_CHANGED, "SavedSearch", id, "deleted " + saved.getName());
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
