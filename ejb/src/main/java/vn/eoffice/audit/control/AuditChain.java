package vn.eoffice.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.eoffice.audit.entity.AuditEntry;

/**
 * The hash that links an entry to the one before it: SHA-256 over the previous hash and every field
 * of the entry, each written with its length so that no two entries can be read the same way. An
 * entry of the second form adds its form and its agency, so that it cannot be moved to another
 * agency, nor passed off as an entry of the first form, without its hash showing it.
 */
public final class AuditChain {

  /** The hash before the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String hash(String previousHash, long chainIndex, AuditEntry entry) {
    return hash(sha256(), previousHash, chainIndex, entry);
  }

  /** The same, with a digest the caller reuses for many entries. */
  public static String hash(
      MessageDigest sha256, String previousHash, long chainIndex, AuditEntry entry) {
    StringBuilder canonical = new StringBuilder();
    field(canonical, previousHash);
    field(canonical, Long.toString(chainIndex));
    field(canonical, String.valueOf(entry.getId()));
    field(canonical, entry.getOccurredAt().toString());
    field(canonical, entry.getActor());
    field(canonical, entry.getOrigin());
    field(canonical, entry.getAction().name());
    field(canonical, entry.getObjectType());
    field(canonical, entry.getObjectId());
    field(canonical, entry.getDetail());
    if (entry.getHashForm() >= 2) {
      field(canonical, "form " + entry.getHashForm());
      field(canonical, entry.getAgencyId() == null ? null : entry.getAgencyId().toString());
    }
    return HexFormat.of()
        .formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void field(StringBuilder canonical, String value) {
    if (value == null) {
      canonical.append("-1:");
    } else {
      canonical.append(value.length()).append(':').append(value);
    }
    canonical.append('|');
  }
}
