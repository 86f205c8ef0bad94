package vn.eoffice.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.eoffice.documents.control.FileStore;
import vn.eoffice.documents.entity.StoredFile;
import vn.eoffice.recognition.control.Recognitions;
import vn.eoffice.search.compare.ReadingText;

/**
 * The reading text of stored files, for comparisons. Files are stored by their SHA-256 and never
 * change, so the texts of the last few are kept (a scan's is the text recognised from it): a clerk
 * moving between changes of one comparison does not read the PDFs again.
 */
@ApplicationScoped
public class ReadingTexts {

  private static final int KEPT = 16;

  @Inject FileStore store;
  @Inject Recognitions recognitions;

  private final Map<String, ReadingText> recent =
      Collections.synchronizedMap(
          new LinkedHashMap<>(KEPT, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ReadingText> eldest) {
              return size() > KEPT;
            }
          });

  /**
   * @throws vn.eoffice.search.text.UnreadableFileException when the file has no comparable text
   */
  public ReadingText of(StoredFile file) {
    return of(file.getSha256(), file.getMediaType());
  }

  /**
   * @throws vn.eoffice.search.text.UnreadableFileException when the file has no comparable text
   */
  public ReadingText of(String sha256, String mediaType) {
    ReadingText kept = recent.get(sha256);
    if (kept != null) {
      return kept;
    }
    Optional<String> recognised = recognitions.text(sha256);
    if (recognised.isPresent()) {
      ReadingText text =
          ReadingText.ofParagraphs(
              Arrays.stream(recognised.get().split("\\n\\s*\\n"))
                  .map(String::strip)
                  .filter(p -> !p.isEmpty())
                  .toList());
      recent.put(sha256, text);
      return text;
    }
    byte[] content;
    try (InputStream in = store.open(sha256)) {
      content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("stored file " + sha256 + " cannot be read", e);
    }
    ReadingText text = ReadingText.of(content, mediaType);
    recent.put(sha256, text);
    return text;
  }
}
