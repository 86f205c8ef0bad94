package vn.eoffice.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.eoffice.platform.entity.AgencyRecord;

/** A file of a package received, kept in the file store like every other file. */
@Entity
@Table(name = "exchange_package_file")
public class ReceivedFile extends AgencyRecord {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "package_id", nullable = false, updatable = false)
  private ReceivedPackage pack;

  @Column(nullable = false, updatable = false)
  private int ordinal;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  @Column(name = "file_name", nullable = false, length = 255, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  protected ReceivedFile() {}

  ReceivedFile(
      ReceivedPackage pack,
      int ordinal,
      String sha256,
      String fileName,
      String mediaType,
      long size) {
    belongsTo(pack.getAgencyId());
    this.pack = pack;
    this.ordinal = ordinal;
    this.sha256 = sha256;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.size = size;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public String getSha256() {
    return sha256;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }
}
