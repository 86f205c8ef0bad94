package vn.eoffice.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A request that carried an idempotency key: taken when it starts, and once it succeeded, the
 * answer it got, given again to the same request when it arrives a second time.
 */
@Entity
@Table(name = "request_key")
@NamedQuery(
    name = RequestKey.CLEAR_BEFORE,
    query = "DELETE FROM RequestKey k WHERE k.createdAt < :before")
public class RequestKey {

  public static final String CLEAR_BEFORE = "RequestKey.clearBefore";

  /** SHA-256 of the user and the key they sent, in hex. */
  @Id
  @Column(name = "key_hash", length = 64)
  private String keyHash;

  /** Method and path, so that a key sent again with another request is recognised. */
  @Column(nullable = false, length = 300)
  private String request;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Null while the first request runs. */
  private Integer status;

  @Column(name = "media_type", length = 100)
  private String mediaType;

  @Column(length = 1_000_000)
  private String body;

  protected RequestKey() {}

  public RequestKey(String keyHash, String request, Instant createdAt) {
    this.keyHash = keyHash;
    this.request = request;
    this.createdAt = createdAt;
  }

  /** The answer the request got, to give again. */
  public void answered(int status, String mediaType, String body) {
    this.status = status;
    this.mediaType = mediaType;
    this.body = body;
  }

  public String getRequest() {
    return request;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Integer getStatus() {
    return status;
  }

  public String getMediaType() {
    return mediaType;
  }

  public String getBody() {
    return body;
  }
}
