package vn.eoffice.archive.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.archive.entity.FileState;
import vn.eoffice.organisation.boundary.OrganisationService;
import vn.eoffice.people.entity.Role;
import vn.eoffice.platform.control.WordMatch;

/**
 * The catalogue of the agency's current archive: the files accepted into it, found by words (with
 * or without diacritics) and narrowed by year, retention, unit and access. Everyone of the agency
 * reads the catalogue; reading a file's documents is the archive's own matter (its keeper, the
 * archivist, the leaders).
 */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.ARCHIVIST_NAME, Role.LEADER_NAME, Role.OFFICER_NAME})
public class ArchiveCatalogue {

  static final String PERMANENT = "permanent";

  @PersistenceContext EntityManager em;
  @EJB OrganisationService organisation;

  public Catalogue search(Catalogue.Query query) {
    boolean asked = query.words() != null && !query.words().isBlank();
    var files =
        em.createNamedQuery(CaseFile.IN_STATE, CaseFile.class)
            .setParameter("state", FileState.ACCEPTED);
    if (asked) {
      // The documents' subjects are searched too: read with the files, not file by file.
      files
          .setHint("eclipselink.batch.type", "IN")
          .setHint("eclipselink.batch", "f.documents")
          .setHint("eclipselink.batch", "f.documents.document");
    }
    WordMatch words = WordMatch.of(query.words());
    List<CaseFile> found =
        files.getResultList().stream().filter(f -> !asked || words.in(texts(f))).toList();
    Map<String, Function<CaseFile, String>> dimensions = new LinkedHashMap<>();
    dimensions.put("year", f -> Integer.toString(f.getYear()));
    dimensions.put("retention", ArchiveCatalogue::retention);
    dimensions.put("unit", f -> f.getUnitId() == null ? "" : f.getUnitId().toString());
    dimensions.put("access", f -> f.getAccess().name());
    Map<String, Predicate<CaseFile>> filters = new LinkedHashMap<>();
    filters.put("year", f -> query.year() == null || f.getYear() == query.year());
    filters.put(
        "retention",
        f ->
            query.retention() == null
                || query.retention().isBlank()
                || retention(f).equals(query.retention().strip()));
    filters.put("unit", f -> query.unitId() == null || query.unitId().equals(f.getUnitId()));
    filters.put("access", f -> query.access() == null || query.access() == f.getAccess());
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    dimensions.forEach(
        (name, value) -> {
          Map<String, Long> counts = new TreeMap<>();
          found.stream()
              .filter(
                  f ->
                      filters.entrySet().stream()
                          .filter(e -> !e.getKey().equals(name))
                          .allMatch(e -> e.getValue().test(f)))
              .forEach(f -> counts.merge(value.apply(f), 1L, Long::sum));
          facets.put(name, counts);
        });
    String organCode = organisation.agency().getOrganisationCode();
    List<Catalogue.Entry> entries =
        found.stream()
            .filter(f -> filters.values().stream().allMatch(p -> p.test(f)))
            .map(f -> Catalogue.Entry.of(f, organCode))
            .toList();
    return new Catalogue(entries, facets);
  }

  /** The words a file is found by: its own and its documents' subjects (no restricted ones). */
  private static String[] texts(CaseFile f) {
    List<String> texts = new java.util.ArrayList<>();
    texts.add(f.getTitle());
    texts.add(f.getNotation());
    texts.add(Integer.toString(f.getYear()));
    texts.add(f.getKeywords());
    texts.add(f.getDescription());
    f.getDocuments().stream()
        .map(e -> e.getDocument())
        .filter(d -> !d.getConfidentiality().restricted())
        .forEach(d -> texts.add(d.getSubject()));
    return texts.toArray(String[]::new);
  }

  private static String retention(CaseFile f) {
    return f.isPermanent() ? PERMANENT : f.getRetentionYears().toString();
  }
}
