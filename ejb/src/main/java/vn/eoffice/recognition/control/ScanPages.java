package vn.eoffice.recognition.control;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.eoffice.platform.control.Processes;

/**
 * A scan as page images for the OCR engine, each with its resolution: a PNG or JPEG is one page as
 * it is; a TIFF gives each of its pages; a PDF page is rendered by Poppler's {@code pdftoppm} at
 * the resolution of the scan it holds. Where a file does not say its resolution, it is estimated
 * from an A4 page.
 */
public final class ScanPages {

  /** One page to read: its image and its resolution (dots per inch). */
  public record Page(int number, Path image, int dpi) {}

  /** Fewer characters of text than this per page, on average, make a PDF a scan. */
  static final int TEXT_PER_PAGE = 40;

  private static final double A4_SHORT_SIDE_INCHES = 210 / 25.4;
  private static final int LEAST_RENDER_DPI = 150;
  private static final int MOST_RENDER_DPI = 400;
  private static final int NO_IMAGE_DPI = 300;

  private ScanPages() {}

  /**
   * Whether the file is a scan to read: every image; a PDF whose pages hold images but (almost) no
   * text.
   */
  public static boolean isScan(Path file, String mediaType) {
    return switch (mediaType) {
      case "image/png", "image/jpeg", "image/tiff" -> true;
      case "application/pdf" -> pdfIsScan(file);
      default -> false;
    };
  }

  private static boolean pdfIsScan(Path file) {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      int pages = pdf.getNumberOfPages();
      if (pages == 0) {
        return false;
      }
      String text = new PDFTextStripper().getText(pdf);
      long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
      if (letters >= (long) TEXT_PER_PAGE * pages) {
        return false;
      }
      for (PDPage page : pdf.getPages()) {
        if (largestImageWidth(page.getResources(), 0) > 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The file's pages as images in {@code folder} (PDF pages rendered there; images read where they
   * are when they are PNG or JPEG).
   */
  public static List<Page> split(Path file, String mediaType, Path folder, String pdftoppm) {
    try {
      return switch (mediaType) {
        case "image/png", "image/jpeg" -> List.of(new Page(1, file, imageDpi(file, 0)));
        case "image/tiff" -> tiffPages(file, folder);
        case "application/pdf" -> pdfPages(file, folder, pdftoppm);
        default -> throw new IllegalArgumentException(mediaType + " is not a scan");
      };
    } catch (IOException e) {
      throw new UncheckedIOException("the scan cannot be split into pages: " + e.getMessage(), e);
    }
  }

  private static List<Page> tiffPages(Path file, Path folder) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = reader(in);
      try {
        int count = reader.getNumImages(true);
        for (int i = 0; i < count; i++) {
          BufferedImage image = reader.read(i);
          int dpi = dpi(reader.getImageMetadata(i)).orElse(estimated(image));
          Path png = folder.resolve(String.format("page-%04d.png", i + 1));
          ImageIO.write(image, "png", png.toFile());
          pages.add(new Page(i + 1, png, dpi));
        }
      } finally {
        reader.dispose();
      }
    }
    return pages;
  }

  private static int imageDpi(Path file, int index) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = reader(in);
      try {
        Optional<Integer> said = dpi(reader.getImageMetadata(index));
        if (said.isPresent()) {
          return said.get();
        }
        return estimated(reader.getWidth(index), reader.getHeight(index));
      } finally {
        reader.dispose();
      }
    }
  }

  private static ImageReader reader(ImageInputStream in) throws IOException {
    if (in == null) {
      throw new IOException("the image cannot be opened");
    }
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      throw new IOException("no reader for this image");
    }
    ImageReader reader = readers.next();
    reader.setInput(in);
    return reader;
  }

  /** The resolution an image's metadata states, when it states a plausible one. */
  static Optional<Integer> dpi(IIOMetadata metadata) {
    if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
      return Optional.empty();
    }
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
    var sizes = root.getElementsByTagName("HorizontalPixelSize");
    if (sizes.getLength() == 0) {
      return Optional.empty();
    }
    try {
      float millimetresPerPixel =
          Float.parseFloat(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
      int dpi = Math.round(25.4f / millimetresPerPixel);
      return dpi >= 50 && dpi <= 2400 ? Optional.of(dpi) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int estimated(BufferedImage image) {
    return estimated(image.getWidth(), image.getHeight());
  }

  /** A page that does not say its resolution is taken to be A4. */
  static int estimated(int width, int height) {
    return (int) Math.round(Math.min(width, height) / A4_SHORT_SIDE_INCHES);
  }

  private static List<Page> pdfPages(Path file, Path folder, String pdftoppm) throws IOException {
    List<Integer> resolutions = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      for (PDPage page : pdf.getPages()) {
        PDRectangle box = page.getCropBox();
        int width = largestImageWidth(page.getResources(), 0);
        double inches = Math.min(box.getWidth(), box.getHeight()) / 72.0;
        if (page.getRotation() % 180 != 0 || box.getWidth() > box.getHeight()) {
          inches = Math.max(box.getWidth(), box.getHeight()) / 72.0;
        }
        resolutions.add(width == 0 ? NO_IMAGE_DPI : (int) Math.round(width / inches));
      }
    }
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < resolutions.size(); i++) {
      int scanned = resolutions.get(i);
      int render = Math.max(LEAST_RENDER_DPI, Math.min(MOST_RENDER_DPI, scanned));
      Path prefix = folder.resolve(String.format("page-%04d", i + 1));
      Processes.run(
          List.of(
              pdftoppm,
              "-r",
              String.valueOf(render),
              "-gray",
              "-png",
              "-singlefile",
              "-f",
              String.valueOf(i + 1),
              "-l",
              String.valueOf(i + 1),
              file.toString(),
              prefix.toString()),
          Map.of(),
          Duration.ofMinutes(5),
          folder.resolve("pdftoppm.log"));
      pages.add(new Page(i + 1, folder.resolve(prefix.getFileName() + ".png"), scanned));
    }
    return pages;
  }

  /** The pixel width of the widest image drawn on the page, looking into forms. */
  private static int largestImageWidth(PDResources resources, int depth) {
    if (resources == null || depth > 3) {
      return 0;
    }
    int widest = 0;
    for (COSName name : resources.getXObjectNames()) {
      try {
        PDXObject object = resources.getXObject(name);
        if (object instanceof PDImageXObject image) {
          widest = Math.max(widest, image.getWidth());
        } else if (object instanceof PDFormXObject form) {
          widest = Math.max(widest, largestImageWidth(form.getResources(), depth + 1));
        }
      } catch (IOException e) {
        // An image that cannot be read does not count.
      }
    }
    return widest;
  }
}
