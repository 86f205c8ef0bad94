package vn.eoffice.archive.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.eoffice.platform.control.Processes;

/**
 * The PDF/A-2b rendition of a document's file for long keeping: a PDF is rewritten by Ghostscript
 * with its fonts embedded, colours in sRGB and the sRGB output intent PDF/A asks for; an office
 * file is first printed to PDF by LibreOffice, an image first put on pages of its own size.
 * Ghostscript runs in its safe mode, allowed to read only the colour profile beside the input.
 */
public final class PdfaConverter {

  private static final Duration LIMIT = Duration.ofMinutes(5);

  private final String ghostscript;
  private final String soffice;

  public PdfaConverter(String ghostscript, String soffice) {
    this.ghostscript = ghostscript;
    this.soffice = soffice;
  }

  /** The rendition of {@code source} (of {@code mediaType}), written in {@code folder}. */
  public Path convert(Path source, String mediaType, Path folder) throws IOException {
    Files.createDirectories(folder);
    Path pdf =
        switch (mediaType) {
          case "application/pdf" -> source;
          case "image/png", "image/jpeg", "image/tiff" -> imagePdf(source, folder);
          default -> officePdf(source, folder);
        };
    Path profile = folder.resolve("srgb.icc");
    Files.write(profile, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    Path definition = folder.resolve("pdfa.ps");
    Files.writeString(definition, definition(profile), StandardCharsets.US_ASCII);
    Path rendition = folder.resolve("pdfa.pdf");
    run(
        List.of(
            ghostscript,
            "-q",
            "--permit-file-read=" + profile,
            "-dPDFA=2",
            "-dBATCH",
            "-dNOPAUSE",
            "-dNOOUTERSAVE",
            "-dPDFACompatibilityPolicy=1",
            "-sColorConversionStrategy=RGB",
            "-sDEVICE=pdfwrite",
            "-sOutputFile=" + rendition,
            definition.toString(),
            pdf.toString()),
        folder.resolve("gs.log"));
    if (!Files.exists(rendition) || Files.size(rendition) == 0) {
      throw new IOException("Ghostscript made no PDF/A");
    }
    return rendition;
  }

  /** Ghostscript's PDF/A definition: the sRGB profile as the output intent. */
  static String definition(Path profile) {
    String path = profile.toString().replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    return "%!\n"
        + "/ICCProfile ("
        + path
        + ") def\n"
        + "[/_objdef {icc_PDFA} /type /stream /OBJ pdfmark\n"
        + "[{icc_PDFA} << /N 3 >> /PUT pdfmark\n"
        + "[{icc_PDFA} ICCProfile (r) file /PUT pdfmark\n"
        + "[/_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark\n"
        + "[{OutputIntent_PDFA} << /Type /OutputIntent /S /GTS_PDFA1"
        + " /DestOutputProfile {icc_PDFA} /OutputConditionIdentifier (sRGB IEC61966-2.1)"
        + " /Info (sRGB IEC61966-2.1) >> /PUT pdfmark\n"
        + "[{Catalog} << /OutputIntents [ {OutputIntent_PDFA} ] >> /PUT pdfmark\n";
  }

  private Path officePdf(Path source, Path folder) throws IOException {
    Path input = folder.resolve("document");
    Files.copy(source, input, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    run(
        List.of(
            soffice,
            "-env:UserInstallation=file://" + folder.toAbsolutePath().resolve("profile"),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            folder.toString(),
            input.toString()),
        folder.resolve("soffice.log"));
    Path pdf = folder.resolve("document.pdf");
    if (!Files.exists(pdf)) {
      throw new IOException("LibreOffice made no PDF of the office file");
    }
    return pdf;
  }

  /** Each image (each page of a TIFF) on a page of its own size, at its resolution. */
  private static Path imagePdf(Path source, Path folder) throws IOException {
    List<BufferedImage> images = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("the image cannot be read");
      }
      ImageReader reader = readers.next();
      reader.setInput(in);
      for (int i = 0; i < reader.getNumImages(true); i++) {
        images.add(reader.read(i));
      }
      reader.dispose();
    }
    Path pdf = folder.resolve("images.pdf");
    try (PDDocument document = new PDDocument()) {
      for (BufferedImage image : images) {
        // A page is taken to be A4 wide when the image does not say its resolution.
        float scale = 595f / Math.min(image.getWidth(), image.getHeight());
        PDPage page =
            new PDPage(new PDRectangle(image.getWidth() * scale, image.getHeight() * scale));
        document.addPage(page);
        PDImageXObject drawn = LosslessFactory.createFromImage(document, image);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawImage(
              drawn, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
      }
      document.save(pdf.toFile());
    }
    return pdf;
  }

  private static void run(List<String> command, Path log) throws IOException {
    Processes.run(command, java.util.Map.of(), LIMIT, log);
  }
}
