package vn.eoffice.documents.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.eoffice.platform.entity.AgencyRecord;

/** One file of a document (the main text, an annex, a scan), with every version it has had. */
@Entity
@Table(name = "document_file")
public class DocumentFile extends AgencyRecord {

  @ManyToOne(optional = false)
  @JoinColumn(name = "document_id")
  private Document document;

  @Column(nullable = false)
  private int position;

  @OneToMany(mappedBy = "file", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  private List<FileVersion> versions = new ArrayList<>();

  protected DocumentFile() {}

  DocumentFile(Document document, int position) {
    this.document = document;
    this.position = position;
  }

  /** Adds the next version; the earlier ones stay as they were. */
  public FileVersion addVersion(StoredFile content, String createdBy, Instant createdAt) {
    FileVersion version = new FileVersion(this, versions.size() + 1, content, createdBy, createdAt);
    versions.add(version);
    return version;
  }

  public FileVersion current() {
    return versions.get(versions.size() - 1);
  }

  /** Version {@code number} (from 1), or the newest when {@code number} is null. */
  public Optional<FileVersion> version(Integer number) {
    return number == null
        ? Optional.of(current())
        : versions.stream().filter(v -> v.getNumber() == number).findFirst();
  }

  public Document getDocument() {
    return document;
  }

  public int getPosition() {
    return position;
  }

  public List<FileVersion> getVersions() {
    return versions;
  }
}
