package vn.eoffice.exchange.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.eoffice.documents.control.FileInspector;
import vn.eoffice.documents.control.FileKind;
import vn.eoffice.documents.control.FileNames;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.documents.entity.StoredContent;
import vn.eoffice.edxml.Attachment;
import vn.eoffice.edxml.EdXmlException;
import vn.eoffice.edxml.EdXmlPackage;
import vn.eoffice.edxml.EdXmlReader;
import vn.eoffice.edxml.Organ;
import vn.eoffice.exchange.entity.Partner;
import vn.eoffice.exchange.entity.ReceivedPackage;
import vn.eoffice.organisation.entity.Agency;
import vn.eoffice.platform.entity.AgencyScope;
import vn.eoffice.recognition.control.Recognitions;

/**
 * Takes a message that arrives for agencies of this installation, by HTTP from elsewhere or
 * directly from an agency here, and checks it before anything is kept for an agency: edXML that
 * reads, a sender known (a partner in the directory, or the agency here that hands it over), its
 * XML signature made by the sender's key over the whole message (for partners), recipients that are
 * agencies here, files that are what they say. A package that passes waits in each recipient
 * agency's queue and 01 goes back to the sender; one that fails is kept as a refusal with the
 * reason, and 02 goes back when the sender is known. A package that arrives again is taken once.
 */
@Dependent
public class Receiver {

  @PersistenceContext EntityManager em;
  @Inject Directory directory;
  @Inject FileStore store;
  @Inject Recognitions recognitions;
  @Inject vn.eoffice.signatures.control.SignedFiles files;
  @Inject Clock clock;
  @Inject Statuses statuses;
  @Inject Senders senders;
  @jakarta.ejb.EJB vn.eoffice.audit.boundary.AuditLog audit;

  /**
   * @param localSender the agency of this installation that hands the message over, or null for a
   *     message from elsewhere (which must then be signed by a partner)
   */
  public Receipt receive(byte[] xml, Long localSender) {
    Instant now = clock.instant();
    // The bytes are kept once the message names a sender this installation knows: a stranger's
    // never reach the disk, whatever it posts.
    Kept kept = new Kept(xml, now);
    EdXmlReader.Read read;
    try {
      read = EdXmlReader.read(xml);
    } catch (EdXmlException e) {
      return refuse(now, null, null, 400, "NotEdXml", e.getMessage(), null);
    }
    if (!read.isPackage()) {
      return statuses.receive(read, localSender, kept);
    }
    EdXmlPackage pack = read.pack();
    String from = pack.from().organId();
    String payload = localSender != null || directory.find(from).isPresent() ? kept.sha256() : null;
    String to = String.join(",", pack.to().stream().map(Organ::organId).toList());
    List<Agency> recipients = new ArrayList<>();
    for (Organ organ : pack.to()) {
      directory.agency(organ.organId()).filter(Agency::isActive).ifPresent(recipients::add);
    }
    if (recipients.isEmpty()) {
      return refuse(
          now,
          from,
          to,
          422,
          "NotAddressedHere",
          "addressed to " + to + ", none of them an agency of this installation",
          payload);
    }
    String fromName;
    boolean signed;
    if (localSender != null) {
      Agency sender = em.find(Agency.class, localSender);
      if (sender == null || !from.equals(sender.getOrganisationCode())) {
        return refuse(now, from, to, 403, "UnknownSender", "the sender is not " + from, null);
      }
      fromName = sender.getName();
      signed = false;
    } else {
      Receipt refused = senders.untrusted(read, from, to, kept, now);
      if (refused != null) {
        return refused;
      }
      // The issuer as it names itself in the package, which its signature covers.
      fromName =
          pack.from().organName() == null
              ? directory.partner(from).map(Partner::getName).orElse(from)
              : pack.from().organName();
      signed = true;
    }
    if (pack.documentId() == null) {
      return refuse(
          now, from, to, 422, "DocumentIdMissing", "the package has no DocumentId", payload);
    }
    List<StoredAttachment> files = new ArrayList<>();
    for (Attachment attachment : pack.attachments()) {
      try {
        files.add(store(attachment, now));
      } catch (RuntimeException e) {
        return refuse(
            now,
            from,
            to,
            422,
            "FileRefused",
            "the file " + attachment.name() + " is refused: " + e.getMessage(),
            payload);
      }
    }
    em.flush();
    int taken = 0;
    for (Agency recipient : recipients) {
      Taken result =
          AgencyScope.supply(
              recipient.getId(),
              () -> take(recipient, pack, fromName, signed, payload, files, now));
      if (result == Taken.UNKNOWN_ORIGINAL) {
        return refuse(
            now,
            from,
            to,
            422,
            "UnknownDocument",
            "the "
                + pack.business().type().name().toLowerCase(java.util.Locale.ROOT)
                + " concerns "
                + pack.documentId()
                + ", which "
                + recipient.getName()
                + " never received from "
                + from,
            payload);
      }
      taken += result == Taken.TAKEN ? 1 : 0;
    }
    return taken == 0
        ? Receipt.duplicate()
        : Receipt.received("waiting for the clerk of " + taken + " agency(ies)");
  }

  enum Taken {
    TAKEN,
    DUPLICATE,
    UNKNOWN_ORIGINAL
  }

  /**
   * Keeps the package for the agency unless it has it already; 01 goes back (13 for a recall). A
   * recall, an update or a replacement must concern a document the agency received.
   */
  private Taken take(
      Agency recipient,
      EdXmlPackage pack,
      String fromName,
      boolean signed,
      String payload,
      List<StoredAttachment> files,
      Instant now) {
    String key = dedupKey(pack);
    boolean known =
        !em.createNamedQuery(ReceivedPackage.BY_KEY, ReceivedPackage.class)
            .setParameter("key", key)
            .getResultList()
            .isEmpty();
    if (known) {
      return Taken.DUPLICATE;
    }
    ReceivedPackage original = null;
    if (pack.business().type() != vn.eoffice.edxml.Business.Type.NEW) {
      original =
          em.createNamedQuery(ReceivedPackage.BY_KEY, ReceivedPackage.class)
              .setParameter("key", originalKey(pack))
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (original == null) {
        return Taken.UNKNOWN_ORIGINAL;
      }
    }
    ReceivedPackage received = new ReceivedPackage(key, pack, fromName, signed, payload, now);
    received.concerns(original);
    for (StoredAttachment file : files) {
      received.addFile(file.sha256(), file.name(), file.mediaType(), file.size());
    }
    em.persist(received);
    em.flush();
    audit.recordAs(
        "edxml:" + pack.from().organId(),
        null,
        vn.eoffice.audit.entity.AuditAction.EXCHANGE_RECEIVED,
        "ReceivedPackage",
        received.getId(),
        pack.documentId() + " (" + pack.business().type() + ", sha256 " + payload + ")");
    boolean recall = pack.business().type() == vn.eoffice.edxml.Business.Type.RECALL;
    statuses.report(
        received,
        recall
            ? vn.eoffice.edxml.StatusMessage.Code.RECALL_REQUESTED
            : vn.eoffice.edxml.StatusMessage.Code.ARRIVED,
        recall
            ? "Yêu cầu thu hồi đã đến " + recipient.getName() + ", chờ văn thư xem xét"
            : "Văn bản điện tử đã đến " + recipient.getName(),
        null,
        now);
    return Taken.TAKEN;
  }

  /** The key of the new document a recall, an update or a replacement concerns. */
  static String originalKey(EdXmlPackage pack) {
    String concerned =
        pack.business().documentId() == null ? pack.documentId() : pack.business().documentId();
    String key = pack.from().organId() + "|" + concerned + "|0";
    return key.length() <= 500 ? key : key.substring(0, 500);
  }

  /**
   * The sender, the document and the business: a new document is received once; a recall, an update
   * or a replacement once per time it was sent.
   */
  static String dedupKey(EdXmlPackage pack) {
    String key =
        pack.from().organId() + "|" + pack.documentId() + "|" + pack.business().type().code;
    if (pack.business().type().code != 0 && pack.sentAt() != null) {
      key += "|" + pack.sentAt();
    }
    return key.length() <= 500 ? key : key.substring(0, 500);
  }

  record StoredAttachment(String sha256, String name, String mediaType, long size) {}

  private StoredAttachment store(Attachment attachment, Instant now) {
    FileStore.Received received =
        store.receive(new ByteArrayInputStream(attachment.content()), FileStore.maxBytes());
    String name = FileNames.safe(attachment.name(), "");
    FileKind kind;
    try {
      kind = FileInspector.inspect(received.file(), attachment.contentType(), name);
    } catch (RuntimeException e) {
      store.discard(received.file());
      throw e;
    }
    if (em.find(StoredContent.class, received.sha256()) == null) {
      em.persist(new StoredContent(received.sha256(), received.size(), kind.mediaType(), now));
    }
    recognitions.ask(received.sha256(), kind.mediaType(), received.file());
    store.keep(received);
    return new StoredAttachment(
        received.sha256(),
        name.isEmpty() ? "tep-dinh-kem." + kind.extension() : name,
        kind.mediaType(),
        received.size());
  }

  /** A message's bytes, kept in the file store the first time their SHA-256 is asked for. */
  final class Kept {
    private final byte[] bytes;
    private final Instant at;
    private String sha256;

    Kept(byte[] bytes, Instant at) {
      this.bytes = bytes;
      this.at = at;
    }

    String sha256() {
      if (sha256 == null) {
        sha256 = keep(bytes, "application/xml", at);
      }
      return sha256;
    }
  }

  /** Keeps the bytes in the file store (once per content) and answers their SHA-256. */
  String keep(byte[] bytes, String mediaType, Instant now) {
    return files.keep(bytes, mediaType, now);
  }

  private Receipt refuse(
      Instant now, String from, String to, int status, String code, String reason, String payload) {
    return senders.refuse(now, from, to, status, code, reason, payload);
  }
}
