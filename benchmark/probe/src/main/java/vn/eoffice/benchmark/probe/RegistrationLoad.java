package vn.eoffice.benchmark.probe;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.List;
import vn.eoffice.documents.boundary.IncomingDocuments;
import vn.eoffice.documents.boundary.NewIncomingDocument;
import vn.eoffice.documents.entity.Confidentiality;
import vn.eoffice.documents.entity.Urgency;
import vn.eoffice.platform.entity.AgencyScope;

/**
 * One clerk's registration, exactly as the REST resource asks the service for it, in the agency a
 * signed-in clerk's call would be scoped to.
 */
@Stateless
@RunAs("CLERK")
// As the REST resource, which is no EJB: the call reaches the service without a transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrationLoad {

  private static final long OFFICIAL_LETTER = 18;

  @EJB IncomingDocuments incoming;

  /** Registers one document in the agency's incoming register and returns its số đến. */
  public int registerOne(long agency, long serial) {
    return AgencyScope.supply(agency, () -> registerOne(serial));
  }

  private int registerOne(long serial) {
    return incoming
        .register(
            new NewIncomingDocument(
                OFFICIAL_LETTER,
                serial + "/UBND-VP",
                LocalDate.now().minusDays(1),
                "V/v báo cáo số liệu phục vụ đo hiệu năng, lần " + serial,
                "UBND huyện Mẫu",
                null,
                "Nguyễn Văn A",
                "Chủ tịch",
                null,
                Urgency.NORMAL,
                Confidentiality.NORMAL,
                2,
                1,
                null,
                null,
                List.of(),
                false))
        .number();
  }
}
