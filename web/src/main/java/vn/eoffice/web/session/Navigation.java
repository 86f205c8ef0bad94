package vn.eoffice.web.session;

import java.util.List;
import java.util.Set;
import vn.eoffice.people.entity.Role;

/**
 * The menu each role sees. An item shows when the user holds any of its roles; labels are bundle
 * keys ({@code nav.<key>}), routes are the UI's hash routes. Only what works is listed: every route
 * here has its page (the browser test of the phone opens each one for every role).
 */
public final class Navigation {

  /** One menu entry. */
  public record Item(String key, String route) {}

  private record Entry(Item item, Set<Role> roles) {}

  private static final Set<Role> EVERYONE = Set.of(Role.values());

  private static final List<Entry> MENU =
      List.of(
          new Entry(new Item("home", "#/"), EVERYONE),
          // Registering is the clerk's; leaders and officers meet incoming documents in their work.
          new Entry(new Item("incoming", "#/incoming"), Set.of(Role.CLERK)),
          // Packages from other agencies, accepted into the incoming register.
          new Entry(new Item("exchangeIncoming", "#/exchange/incoming"), Set.of(Role.CLERK)),
          new Entry(new Item("outgoing", "#/outgoing"), Set.of(Role.CLERK, Role.LEADER)),
          new Entry(
              new Item("registers", "#/registers"),
              Set.of(Role.CLERK, Role.LEADER, Role.ARCHIVIST)),
          new Entry(new Item("approvals", "#/approvals"), Set.of(Role.LEADER)),
          new Entry(new Item("tasks", "#/tasks"), Set.of(Role.OFFICER)),
          new Entry(new Item("dashboard", "#/dashboard"), Set.of(Role.LEADER, Role.CLERK)),
          new Entry(new Item("drafts", "#/drafts"), Set.of(Role.OFFICER)),
          new Entry(
              new Item("search", "#/search"),
              Set.of(Role.ARCHIVIST, Role.CLERK, Role.LEADER, Role.OFFICER)),
          // The current archive: files handed over to check, and the catalogue.
          new Entry(new Item("archive", "#/archive"), Set.of(Role.ARCHIVIST)),
          new Entry(new Item("adminUsers", "#/admin/users"), Set.of(Role.ADMIN)),
          new Entry(new Item("adminUnits", "#/admin/units"), Set.of(Role.ADMIN)),
          new Entry(new Item("adminRegisters", "#/admin/registers"), Set.of(Role.ADMIN)),
          new Entry(new Item("adminAudit", "#/admin/audit"), Set.of(Role.ADMIN)),
          new Entry(
              new Item("platformAgencies", "#/platform/agencies"), Set.of(Role.PLATFORM_ADMIN)),
          new Entry(
              new Item("platformPartners", "#/platform/partners"), Set.of(Role.PLATFORM_ADMIN)));

  private Navigation() {}

  public static List<Item> forRoles(Set<Role> roles) {
    return MENU.stream()
        .filter(entry -> entry.roles().stream().anyMatch(roles::contains))
        .map(Entry::item)
        .toList();
  }
}
