package vn.eoffice.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.eoffice.documents.boundary.FileTooLargeException;
import vn.eoffice.platform.control.Settings;

/**
 * Keeps file content once per SHA-256 under {@code <data folder>/files/ab/cd/<sha256>}. Content is
 * first written to a temporary file while its hash is computed and its size counted, checked by the
 * caller, and only then moved into place. Content never changes once stored; a new version of a
 * document's file is new content.
 */
@ApplicationScoped
public class FileStore {

  /** Content received into a temporary file, not yet kept. */
  public record Received(Path file, String sha256, long size) {}

  private final Path root;

  public FileStore() {
    this(Path.of(Settings.get("eoffice.data.dir").orElse("data")).resolve("files"));
  }

  public FileStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The largest file taken, from {@code EOFFICE_UPLOAD_MAX_MB} (default 50). */
  public static long maxBytes() {
    return Settings.getInt("eoffice.upload.max-mb", 50) * 1024L * 1024L;
  }

  /**
   * Reads the stream into a temporary file, hashing it on the way.
   *
   * @throws FileTooLargeException as soon as more than {@code limit} bytes arrive
   */
  public Received receive(InputStream content, long limit) {
    Path temporary = null;
    try {
      Files.createDirectories(root.resolve("incoming"));
      temporary = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      long size = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
          size += n;
          if (size > limit) {
            throw new FileTooLargeException(limit);
          }
          out.write(buffer, 0, n);
        }
      }
      return new Received(temporary, HexFormat.of().formatHex(sha256.digest()), size);
    } catch (IOException e) {
      discard(temporary);
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      discard(temporary);
      throw e;
    }
  }

  /** Moves received content into place; content already there stays as it is. */
  public void keep(Received received) {
    Path target = pathOf(received.sha256());
    try {
      Files.createDirectories(target.getParent());
      if (Files.exists(target)) {
        discard(received.file());
        return;
      }
      try {
        Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(received.file(), target);
      }
    } catch (FileAlreadyExistsException e) {
      discard(received.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void discard(Path temporary) {
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        temporary.toFile().deleteOnExit();
      }
    }
  }

  public InputStream open(String sha256) throws IOException {
    return Files.newInputStream(pathOf(sha256));
  }

  /** The whole content at once, read into one array of its size. */
  public byte[] bytes(String sha256) throws IOException {
    return Files.readAllBytes(pathOf(sha256));
  }

  Path pathOf(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("Not a SHA-256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }
}
