package vn.eoffice.signatures.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.FileVersion;
import vn.eoffice.documents.entity.StoredContent;
import vn.eoffice.documents.entity.StoredFile;

/** Reads a file version's bytes and keeps a signed PDF as the next version of a document's file. */
@Dependent
public class SignedFiles {

  public static final String PDF = "application/pdf";

  @PersistenceContext EntityManager em;
  @Inject FileStore store;

  public byte[] read(String sha256) {
    try {
      return store.bytes(sha256);
    } catch (IOException e) {
      throw new UncheckedIOException("the file " + sha256 + " cannot be read from the store", e);
    }
  }

  /** Stores the signed PDF and adds it as the file's next version; earlier versions stay. */
  public FileVersion addVersion(DocumentFile file, byte[] pdf, String by, Instant at) {
    String sha256 = keep(pdf, PDF, at);
    return file.addVersion(new StoredFile(sha256, pdfName(file), PDF, pdf.length), by, at);
  }

  /**
   * Keeps the bytes in the file store, once per content, with their row written before anything
   * refers to it; answers their SHA-256.
   */
  public String keep(byte[] content, String mediaType, Instant at) {
    FileStore.Received received = store.receive(new ByteArrayInputStream(content), Long.MAX_VALUE);
    if (em.find(StoredContent.class, received.sha256()) == null) {
      em.persist(new StoredContent(received.sha256(), received.size(), mediaType, at));
      // What refers to it is written after it, whatever order the provider would choose.
      em.flush();
    }
    store.keep(received);
    return received.sha256();
  }

  private static String pdfName(DocumentFile file) {
    String name = file.current().getContent().getFileName();
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
  }
}
