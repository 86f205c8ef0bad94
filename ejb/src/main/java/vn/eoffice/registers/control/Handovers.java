package vn.eoffice.registers.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.people.entity.UserAccount;
import vn.eoffice.platform.control.Clocks;
import vn.eoffice.workflow.entity.Assignment;
import vn.eoffice.workflow.entity.HandlingRole;

/**
 * Columns (7) and (8) of the incoming register (Phụ lục IV, part VI): to which unit or person the
 * document was handed (đơn vị hoặc người nhận) and on which day (ngày chuyển), read from the
 * leader's first instruction: the lead handler first, then the co-handlers.
 */
@Dependent
public class Handovers {

  /** Where and when a document went after registration. */
  public record Handover(String handedTo, LocalDate handedOn) {}

  @PersistenceContext EntityManager em;

  /** The handover of each of the documents that has one, by document id; two queries in all. */
  public Map<Long, Handover> of(List<Document> documents) {
    if (documents.isEmpty()) {
      return Map.of();
    }
    List<Assignment> lines =
        em.createQuery(
                "SELECT a FROM Assignment a LEFT JOIN FETCH a.assigneeUnit WHERE a.document IN"
                    + " :documents AND a.parent IS NULL AND a.role <> :recipient"
                    + " ORDER BY a.assignedAt, a.id",
                Assignment.class)
            .setParameter("documents", documents)
            .setParameter("recipient", HandlingRole.RECIPIENT)
            .getResultList();
    Map<String, String> names = names(lines);
    Map<Long, List<Assignment>> byDocument = new LinkedHashMap<>();
    for (Assignment line : lines) {
      List<Assignment> first =
          byDocument.computeIfAbsent(line.getDocument().getId(), id -> new ArrayList<>());
      // The first instruction's lines only (given at one instant): a later one is no handover.
      if (first.isEmpty() || first.get(0).getAssignedAt().equals(line.getAssignedAt())) {
        first.add(line);
      }
    }
    Map<Long, Handover> handovers = new HashMap<>();
    byDocument.forEach(
        (id, first) ->
            handovers.put(
                id,
                new Handover(
                    first.stream()
                        .sorted(Comparator.comparing(a -> a.getRole() == HandlingRole.LEAD ? 0 : 1))
                        .map(a -> assignee(a, names))
                        .distinct()
                        .collect(Collectors.joining("; ")),
                    first.get(0).getAssignedAt().atZone(Clocks.VIETNAM).toLocalDate())));
    return handovers;
  }

  private static String assignee(Assignment line, Map<String, String> names) {
    return line.getAssigneeUnit() != null
        ? line.getAssigneeUnit().getName()
        : names.getOrDefault(line.getAssigneeUser(), line.getAssigneeUser());
  }

  private Map<String, String> names(List<Assignment> lines) {
    Set<String> usernames =
        lines.stream()
            .map(Assignment::getAssigneeUser)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    if (usernames.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT u FROM UserAccount u WHERE u.username IN :usernames", UserAccount.class)
        .setParameter("usernames", usernames)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getFullName));
  }
}
