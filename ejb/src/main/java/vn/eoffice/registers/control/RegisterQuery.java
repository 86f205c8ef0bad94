package vn.eoffice.registers.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.platform.control.Clocks;
import vn.eoffice.registers.boundary.RegisterFilter;
import vn.eoffice.registers.entity.Direction;
import vn.eoffice.registers.entity.DocumentRegister;

/** The numbered documents of one register and year that a filter selects, in number order. */
@Dependent
public class RegisterQuery {

  @PersistenceContext EntityManager em;

  public List<Document> rows(
      DocumentRegister register, int year, RegisterFilter f, int offset, int limit) {
    TypedQuery<Document> query =
        em.createQuery(
            "SELECT d FROM Document d" + where(register, f) + " ORDER BY d.number", Document.class);
    parameters(register, year, f).forEach(query::setParameter);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long count(DocumentRegister register, int year, RegisterFilter f) {
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(d) FROM Document d" + where(register, f), Long.class);
    parameters(register, year, f).forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String where(DocumentRegister register, RegisterFilter f) {
    StringBuilder where =
        new StringBuilder(
            " WHERE d.register = :register AND d.registerYear = :year AND d.number IS NOT NULL");
    boolean incoming = register.getDirection() == Direction.INCOMING;
    if (f.from() != null) {
      where.append(incoming ? " AND d.receivedAt >= :fromInstant" : " AND d.documentDate >= :from");
    }
    if (f.to() != null) {
      where.append(incoming ? " AND d.receivedAt < :toInstant" : " AND d.documentDate <= :to");
    }
    if (f.typeId() != null) {
      where.append(" AND d.type.id = :typeId");
    }
    if (f.urgency() != null) {
      where.append(" AND d.urgency = :urgency");
    }
    if (f.status() != null) {
      where.append(" AND d.status = :status");
    }
    return where.toString();
  }

  private static Map<String, Object> parameters(
      DocumentRegister register, int year, RegisterFilter f) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("register", register);
    parameters.put("year", year);
    boolean incoming = register.getDirection() == Direction.INCOMING;
    if (f.from() != null) {
      parameters.put(incoming ? "fromInstant" : "from", incoming ? startOf(f.from()) : f.from());
    }
    if (f.to() != null) {
      parameters.put(
          incoming ? "toInstant" : "to", incoming ? startOf(f.to().plusDays(1)) : f.to());
    }
    if (f.typeId() != null) {
      parameters.put("typeId", f.typeId());
    }
    if (f.urgency() != null) {
      parameters.put("urgency", f.urgency());
    }
    if (f.status() != null) {
      parameters.put("status", f.status());
    }
    return parameters;
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(Clocks.VIETNAM).toInstant();
  }
}
