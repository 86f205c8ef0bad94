package vn.eoffice.scans;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Pages of Decree 30/2020's appendices as a scanner would give them, with the text they hold: each
 * appendix (shared/reference/nd30/phu-luc-N.docx) is turned into a PDF by LibreOffice, a page is
 * rendered in grey by Poppler's {@code pdftoppm} at the scan's resolution, turned by a small angle
 * and given noise, and kept as a JPEG as a scanner keeps it; its known text is what Poppler's
 * {@code pdftotext} reads from the same page of the PDF. Nothing here was written for the
 * recognition under test: the text is the decree's.
 */
public final class ScannedPages {

  /** One scanned page and the text it holds. */
  public record Page(
      String appendix, int number, int round, Path image, int dpi, String knownText) {

    public String name() {
      return appendix + "-trang-" + number + (round == 0 ? "" : "-lan-" + (round + 1));
    }
  }

  /** A page with fewer letters than this (a title page, a short form) is not taken. */
  static final int LEAST_LETTERS = 600;

  /**
   * A page is running text when Poppler's two reading orders (as stored and as laid out) differ by
   * less than this share: a table or side-by-side columns have no one order to compare with.
   */
  static final double SAME_ORDER = 0.02;

  /** A page whose fill-in dot lines are more than this share of its characters is a form. */
  static final double MOST_LEADERS = 0.05;

  private final Path reference;
  private final Path work;

  /**
   * @param reference the folder of the decree ({@code shared/reference/nd30})
   * @param work a folder for the PDFs and the pages (kept between runs)
   */
  public ScannedPages(Path reference, Path work) {
    this.reference = reference;
    this.work = work;
  }

  /**
   * {@code count} pages spread evenly over the appendices' text pages, rendered at {@code dpi},
   * each turned by 0.3° to 1° either way and given noise drawn from {@code seed}.
   */
  public List<Page> pages(int count, int dpi, long seed) throws IOException {
    List<Candidate> candidates = candidates();
    if (candidates.isEmpty()) {
      throw new IllegalStateException("no appendix of the decree in " + reference);
    }
    Random random = new Random(seed);
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Spread over the appendices; more pages than they hold take each again, with other noise:
      // another scan of it.
      int size = candidates.size();
      int index = count <= size ? (int) ((long) i * size / count) : i % size;
      int round = count <= size ? 0 : i / size;
      Candidate c = candidates.get(index);
      Path folder = Files.createDirectories(work.resolve("pages-" + dpi + "-" + seed));
      Path png =
          folder.resolve(c.appendix() + "-" + c.page() + (round == 0 ? "" : "-" + round) + ".jpg");
      double angle = (0.3 + 0.7 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
      long noise = random.nextLong();
      if (!Files.exists(png)) {
        BufferedImage rendered = render(c.pdf(), c.page(), dpi);
        write(degrade(rendered, angle, new Random(noise)), dpi, png);
      }
      pages.add(new Page(c.appendix(), c.page(), round, png, dpi, c.text()));
    }
    return pages;
  }

  /** The pages as one scanned PDF: each its JPEG as it is, on a page of its size. */
  public static byte[] pdf(List<Page> pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      for (Page page : pages) {
        PDImageXObject scan =
            JPEGFactory.createFromByteArray(pdf, Files.readAllBytes(page.image()));
        float width = scan.getWidth() * 72f / page.dpi();
        float height = scan.getHeight() * 72f / page.dpi();
        PDPage sheet = new PDPage(new PDRectangle(width, height));
        pdf.addPage(sheet);
        try (PDPageContentStream content = new PDPageContentStream(pdf, sheet)) {
          content.drawImage(scan, 0, 0, width, height);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  private record Candidate(String appendix, Path pdf, int page, String text) {}

  private List<Candidate> candidates() throws IOException {
    List<Candidate> candidates = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      String appendix = "phu-luc-" + n;
      Path docx = reference.resolve(appendix + ".docx");
      if (!Files.exists(docx)) {
        continue;
      }
      Path pdf = pdfOf(docx);
      int pages = pageCount(pdf);
      for (int page = 1; page <= pages; page++) {
        String text = text(pdf, page, false);
        if (text.codePoints().filter(Character::isLetter).count() >= LEAST_LETTERS
            && runningText(text, text(pdf, page, true))) {
          candidates.add(new Candidate(appendix, pdf, page, text));
        }
      }
    }
    return candidates;
  }

  private Path pdfOf(Path docx) throws IOException {
    Path folder = Files.createDirectories(work.resolve("pdf"));
    String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
    Path pdf = folder.resolve(name);
    if (!Files.exists(pdf)) {
      run(
          folder.resolve("soffice.log"),
          "soffice",
          "-env:UserInstallation=file://" + work.toAbsolutePath().resolve("soffice-profile"),
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          folder.toString(),
          docx.toString());
    }
    return pdf;
  }

  private int pageCount(Path pdf) throws IOException {
    Path log = work.resolve("pdfinfo.log");
    run(log, "pdfinfo", pdf.toString());
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.startsWith("Pages:")) {
        return Integer.parseInt(line.substring(6).strip());
      }
    }
    throw new IOException("pdfinfo gave no page count for " + pdf);
  }

  /** Running text: one reading order, few dotted fill-in lines. */
  static boolean runningText(String stored, String laidOut) {
    CharacterErrorRate orders = CharacterErrorRate.of(stored, laidOut);
    long leaders =
        java.util.regex.Pattern.compile("[.…_·]{3,}")
            .matcher(stored)
            .results()
            .mapToInt(m -> m.group().length())
            .sum();
    return orders.rate() < SAME_ORDER && leaders <= MOST_LEADERS * stored.length();
  }

  private String text(Path pdf, int page, boolean layout) throws IOException {
    Path out = work.resolve("page.txt");
    List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
    if (layout) {
      command.add("-layout");
    }
    command.addAll(
        List.of(
            "-f",
            String.valueOf(page),
            "-l",
            String.valueOf(page),
            pdf.toString(),
            out.toString()));
    run(work.resolve("pdftotext.log"), command.toArray(String[]::new));
    return Files.readString(out, StandardCharsets.UTF_8).replace("\f", "");
  }

  private BufferedImage render(Path pdf, int page, int dpi) throws IOException {
    Path prefix = work.resolve("render");
    run(
        work.resolve("pdftoppm.log"),
        "pdftoppm",
        "-r",
        String.valueOf(dpi),
        "-gray",
        "-png",
        "-singlefile",
        "-f",
        String.valueOf(page),
        "-l",
        String.valueOf(page),
        pdf.toString(),
        prefix.toString());
    return ImageIO.read(work.resolve("render.png").toFile());
  }

  /** Turned by {@code degrees} about its centre on white paper, then grain and specks. */
  static BufferedImage degrade(BufferedImage page, double degrees, Random random) {
    BufferedImage turned =
        new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = turned.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
    g.drawImage(page, 0, 0, null);
    g.dispose();
    WritableRaster raster = turned.getRaster();
    for (int y = 0; y < raster.getHeight(); y++) {
      for (int x = 0; x < raster.getWidth(); x++) {
        int value = raster.getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * 6);
        double speck = random.nextDouble();
        if (speck < 0.0005) {
          value = 0;
        } else if (speck < 0.001) {
          value = 255;
        }
        raster.setSample(x, y, 0, Math.max(0, Math.min(255, value)));
      }
    }
    return turned;
  }

  /** A JPEG (quality 0.85) stating its resolution in its JFIF header, as scanners write it. */
  static void write(BufferedImage image, int dpi, Path target) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
      writer.setOutput(out);
      ImageWriteParam parameters = writer.getDefaultWriteParam();
      parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      parameters.setCompressionQuality(0.85f);
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(
              ImageTypeSpecifier.createFromRenderedImage(image), parameters);
      IIOMetadataNode tree = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
      IIOMetadataNode jfif = (IIOMetadataNode) tree.getElementsByTagName("app0JFIF").item(0);
      jfif.setAttribute("resUnits", "1");
      jfif.setAttribute("Xdensity", String.valueOf(dpi));
      jfif.setAttribute("Ydensity", String.valueOf(dpi));
      metadata.setFromTree("javax_imageio_jpeg_image_1.0", tree);
      writer.write(null, new IIOImage(image, null, metadata), parameters);
    } finally {
      writer.dispose();
    }
  }

  private static void run(Path log, String... command) throws IOException {
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command[0] + " took more than 3 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          command[0] + " failed: " + Files.readString(log, StandardCharsets.UTF_8).strip());
    }
  }
}
