package vn.eoffice.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eoffice.people.entity.Role;

class NavigationTest {

  private static Object[] keys(Set<Role> roles) {
    return Navigation.forRoles(roles).stream().map(Navigation.Item::key).toArray();
  }

  @Test
  void leaderSeesDocumentsRegistersApprovalsDashboardAndSearchButNoAdministration() {
    assertThat(keys(Set.of(Role.LEADER)))
        .containsExactly("home", "outgoing", "registers", "approvals", "dashboard", "search");
  }

  @Test
  void administratorSeesOnlyAdministration() {
    assertThat(keys(Set.of(Role.ADMIN)))
        .containsExactly("home", "adminUsers", "adminUnits", "adminRegisters", "adminAudit");
  }

  @Test
  void severalRolesShowEachItemOnce() {
    assertThat(keys(Set.of(Role.CLERK, Role.ARCHIVIST)))
        .containsExactly(
            "home",
            "incoming",
            "exchangeIncoming",
            "outgoing",
            "registers",
            "dashboard",
            "search",
            "archive");
  }

  @Test
  void officerWorksFromTasksAndOwnDraftsWithoutTheClerksRegistration() {
    assertThat(keys(Set.of(Role.OFFICER))).containsExactly("home", "tasks", "drafts", "search");
  }
}
