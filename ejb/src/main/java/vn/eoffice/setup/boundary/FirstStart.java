package vn.eoffice.setup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import vn.eoffice.platform.control.Settings;
import vn.eoffice.registers.control.DefaultRegisters;

/**
 * After the migration, creates the demo organisation on an empty database and prints the demo
 * users' passwords, this once, on the console of whoever started the application.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstStart {

  @EJB DemoOrganisation demo;
  @EJB DefaultRegisters registers;

  @PostConstruct
  void setUp() {
    List<DemoOrganisation.Credential> created =
        demo.createIfEmpty(Settings.get("eoffice.demo.password"));
    registers.ensureForAll();
    if (!created.isEmpty()) {
      System.out.println(banner(created));
    }
  }

  static String banner(List<DemoOrganisation.Credential> credentials) {
    StringBuilder text = new StringBuilder();
    text.append("\n==================================================================\n");
    text.append(" e-Office: demo organisation \"UBND xã Demo\" created.\n");
    text.append(" Demo accounts (shown only this once; change them after signing in):\n");
    for (DemoOrganisation.Credential credential : credentials) {
      text.append(
          String.format(
              "   %-11s %-10s %s  (%s)%n",
              credential.username(),
              credential.roles().iterator().next(),
              credential.password(),
              credential.fullName()));
    }
    text.append("==================================================================\n");
    return text.toString();
  }
}
