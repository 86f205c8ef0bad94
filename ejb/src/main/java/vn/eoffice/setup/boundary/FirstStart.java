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
 * After the migration, on an empty database, creates the demo province, or with {@code
 * EOFFICE_DEMO=false} the agency named by {@code EOFFICE_AGENCY_NAME} with only its administrator,
 * and shows the passwords, this once, on the console of whoever started the application.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstStart {

  /** Set by e-Office's own launcher, which prints {@link #BANNER} once it has started. */
  static final String LAUNCHER = "eoffice.launcher";

  static final String BANNER = "eoffice.first-start.banner";

  @EJB DemoOrganisation demo;
  @EJB DefaultRegisters registers;

  @PostConstruct
  void setUp() {
    boolean withDemo = Settings.getBoolean("eoffice.demo", true);
    String agency = Settings.get("eoffice.agency.name").orElse("Cơ quan chưa đặt tên");
    List<DemoOrganisation.Credential> created =
        withDemo
            ? demo.createIfEmpty(Settings.get("eoffice.demo.password"))
            : demo.createAgencyIfEmpty(
                agency,
                Settings.get("eoffice.agency.abbreviation").orElse("UBND"),
                Settings.get("eoffice.demo.password"));
    registers.ensureForAll();
    if (created.isEmpty()) {
      return;
    }
    // The launcher prints the box after the container's start-up lines, where it is seen; in any
    // other container it is printed now.
    String box = banner(created, withDemo ? null : agency);
    if (System.getProperty(LAUNCHER) != null) {
      System.setProperty(BANNER, box);
    } else {
      System.out.println(box);
    }
  }

  /** The box of the accounts created; {@code agency} is null for the demo province. */
  static String banner(List<DemoOrganisation.Credential> credentials, String agency) {
    StringBuilder text = new StringBuilder();
    text.append("\n==================================================================\n");
    if (agency == null) {
      text.append(" e-Office: demo province \"UBND tỉnh Demo\" created, with its agencies.\n");
      text.append(" Every demo account's password, shown only this once: ")
          .append(credentials.get(0).password())
          .append('\n');
      // One line an agency: its people's names (vanthu clerk, lanhdao leader, truongdc unit
      // head, chuyenvien officer, luutru archivist, quantri administrator, nentang platform).
      java.util.Map<String, List<String>> byAgency = new java.util.LinkedHashMap<>();
      credentials.forEach(
          c ->
              byAgency
                  .computeIfAbsent(c.agency(), a -> new java.util.ArrayList<>())
                  .add(c.username()));
      byAgency.forEach(
          (name, usernames) ->
              text.append(String.format(" %-16s %s%n", name + ":", String.join(" ", usernames))));
      text.append(
          " vanthu: clerk, lanhdao: leader, chuyenvien: officer, luutru: archivist, quantri:"
              + " administrator, nentang: platform administrator.\n");
    } else {
      text.append(" e-Office: agency \"").append(agency).append("\" created, without demo.\n");
      text.append(" Its administrator, shown only this once (add people and units next):\n");
      for (DemoOrganisation.Credential credential : credentials) {
        text.append(
            String.format(
                "   %-11s %-14s %s  (%s)%n",
                credential.username(),
                credential.roles().stream()
                    .map(Enum::name)
                    .sorted()
                    .reduce((x, y) -> x + "+" + y)
                    .orElse(""),
                credential.password(),
                credential.fullName()));
      }
    }
    text.append(
        " EOFFICE_DEMO_PASSWORD=... before the first start gives every demo account that one.\n");
    text.append("==================================================================\n");
    return text.toString();
  }
}
