package vn.eoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real agency's first start ({@code EOFFICE_DEMO=false}): its own name, one administrator whose
 * password is shown once, and nothing of the demo organisation.
 */
class RealInstallationIT {

  @Test
  void startsWithTheAgencyAndItsAdministratorOnlyAndNoDemo() throws Exception {
    try (LaunchedApplication application =
        LaunchedApplication.start(
            "real-installation-it-data",
            Map.of(
                "EOFFICE_DEMO", "false",
                "EOFFICE_AGENCY_NAME", "UBND phường Hòa Bình",
                "EOFFICE_AGENCY_ABBREVIATION", "UBND"))) {
      List<String> lines = application.lines();
      String password =
          lines.stream()
              .filter(line -> line.trim().startsWith("quantri "))
              .map(line -> line.trim().split("\\s+")[2])
              .findFirst()
              .orElseThrow(() -> new AssertionError(String.join("\n", lines)));
      assertThat(lines).anyMatch(line -> line.contains("\"UBND phường Hòa Bình\" created"));
      assertThat(lines).noneMatch(line -> line.contains("vanthu"));

      ApiClient administrator = new ApiClient(application.base);
      assertThat(administrator.signIn("quantri", password).status()).isEqualTo(200);
      ApiClient.Answer people = administrator.get("api/users");
      assertThat(people.body()).contains("quantri").doesNotContain("vanthu");
      assertThat(administrator.get("api/agency").body()).contains("UBND phường Hòa Bình");
      assertThat(new ApiClient(application.base).signIn("vanthu", password).status())
          .isEqualTo(401);
    }
  }
}
