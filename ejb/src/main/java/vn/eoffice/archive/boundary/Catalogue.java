package vn.eoffice.archive.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.eoffice.archive.entity.Access;
import vn.eoffice.archive.entity.CaseFile;

/**
 * What the archive's catalogue found: the files in the archive that hold the words asked (in their
 * title, code, keywords, description or their documents' subjects) and pass the filters, and for
 * each facet (year, retention, unit, access) how many would be found with each of its values, the
 * other filters kept.
 */
public record Catalogue(List<Entry> files, Map<String, Map<String, Long>> facets) {

  /** A file of the catalogue: its description, not its documents. */
  public record Entry(
      long id,
      String fileCode,
      int year,
      String title,
      Integer retentionYears,
      boolean permanent,
      Access access,
      Long unitId,
      LocalDate startDate,
      LocalDate endDate,
      Integer docTotal,
      Integer pageTotal,
      String keywords) {

    static Entry of(CaseFile f, String organCode) {
      return new Entry(
          f.getId(),
          organCode + "." + f.getYear() + "." + f.getNotation(),
          f.getYear(),
          f.getTitle(),
          f.getRetentionYears(),
          f.isPermanent(),
          f.getAccess(),
          f.getUnitId(),
          f.getStartDate(),
          f.getEndDate(),
          f.getDocTotal(),
          f.getPageTotal(),
          f.getKeywords());
    }
  }

  /** The filters: each null or blank when not applied; retention "permanent" or a number. */
  public record Query(String words, Integer year, String retention, Long unitId, Access access) {}
}
