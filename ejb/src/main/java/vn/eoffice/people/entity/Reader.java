package vn.eoffice.people.entity;

import java.util.Set;

/**
 * Who is asking to read something: their agency, the user's name, roles, the units they belong to
 * and the units they lead. A leader of a leadership unit (Lãnh đạo cơ quan) leads the agency.
 */
public record Reader(
    long agencyId,
    String username,
    Set<Role> roles,
    Set<Long> units,
    Set<Long> ledUnits,
    boolean agencyLeader) {

  public Reader {
    roles = Set.copyOf(roles);
    units = Set.copyOf(units);
    ledUnits = Set.copyOf(ledUnits);
  }

  /** The reader built from an account: leaders lead every unit they belong to. */
  public static Reader of(UserAccount account) {
    Set<Long> units =
        account.getUnits().stream()
            .map(u -> u.getId())
            .collect(java.util.stream.Collectors.toSet());
    boolean leader = account.getRoles().contains(Role.LEADER);
    return new Reader(
        account.getAgencyId(),
        account.getUsername(),
        account.getRoles(),
        units,
        leader ? units : Set.of(),
        leader && account.getUnits().stream().anyMatch(u -> u.isLeadership()));
  }

  /** The key every agency leader holds. */
  public static final String AGENCY_LEADERS = "agency-leaders";

  public static String userKey(String username) {
    return "user:" + username;
  }

  public static String leaderKey(Long unitId) {
    return "leads:" + unitId;
  }

  public static String memberKey(Long unitId) {
    return "member:" + unitId;
  }

  public static String roleKey(Role role) {
    return "role:" + role.name();
  }

  /**
   * A key as the search index holds it: within one agency. Every key a reader holds and every key a
   * document gives carries the agency, so the access filter that a search applies anyway is also
   * the one that keeps agencies apart, at no cost of its own.
   */
  public static String inAgency(long agencyId, String key) {
    return agencyId + "/" + key;
  }

  /** {@link #inAgency(long, String)} for each key. */
  public static Set<String> inAgency(long agencyId, java.util.Collection<String> keys) {
    Set<String> held = new java.util.HashSet<>();
    keys.forEach(key -> held.add(inAgency(agencyId, key)));
    return held;
  }

  /** What this reader holds to open documents in the search index (see Document.readerKeys). */
  public java.util.Set<String> keys() {
    java.util.Set<String> keys = new java.util.HashSet<>();
    keys.add(userKey(username));
    if (agencyLeader) {
      keys.add(AGENCY_LEADERS);
    }
    ledUnits.forEach(unit -> keys.add(leaderKey(unit)));
    units.forEach(unit -> keys.add(memberKey(unit)));
    roles.forEach(role -> keys.add(roleKey(role)));
    return inAgency(agencyId, keys);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean memberOf(Long unitId) {
    return unitId != null && units.contains(unitId);
  }

  public boolean leads(Long unitId) {
    return unitId != null && ledUnits.contains(unitId);
  }
}
