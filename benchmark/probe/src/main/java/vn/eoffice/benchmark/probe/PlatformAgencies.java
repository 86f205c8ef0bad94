package vn.eoffice.benchmark.probe;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.organisation.boundary.AgencyAdministration;
import vn.eoffice.organisation.boundary.AgencyForm;
import vn.eoffice.registers.control.DefaultRegisters;

/** Agencies made as the platform administrator makes them, each with its three registers. */
@Stateless
@RunAs("PLATFORM_ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformAgencies {

  @EJB AgencyAdministration agencies;
  @EJB DefaultRegisters registers;

  /** Creates {@code count} agencies under {@code parent} and returns their ids. */
  public List<Long> create(int count, Long parent) {
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(
          agencies
              .create(
                  new AgencyForm(
                      "UBND xã Đo Hiệu Năng " + i,
                      "UBND",
                      null,
                      parent,
                      null,
                      null,
                      null,
                      "Xã Đo Hiệu Năng " + i))
              .id());
    }
    registers.ensureForAll();
    return ids;
  }
}
