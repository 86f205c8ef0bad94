package vn.eoffice.search.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * PDF renderings of DOCX files made by LibreOffice ({@code soffice --headless --convert-to pdf}),
 * the way an office turns a draft into the file that gets signed. bin/test installs LibreOffice
 * (Debian: libreoffice-writer-nogui).
 */
final class Renderings {

  static final Path DECREE =
      Path.of("..", "..", "shared", "reference", "nd30", "30_2020_ND_CP.docx").toAbsolutePath();

  private static byte[] decreePdf;

  private Renderings() {}

  /** LibreOffice's PDF of the decree, made once for every test that needs it. */
  static synchronized byte[] decreePdf() throws IOException, InterruptedException {
    if (decreePdf == null) {
      decreePdf = pdf(Files.readAllBytes(DECREE));
    }
    return decreePdf;
  }

  /** The PDF LibreOffice makes of this DOCX. */
  static byte[] pdf(byte[] docx) throws IOException, InterruptedException {
    Path folder = Files.createTempDirectory("eoffice-render");
    Path source = folder.resolve("document.docx");
    Files.write(source, docx);
    Process soffice =
        new ProcessBuilder(
                "soffice",
                "-env:UserInstallation=file://" + folder.resolve("profile"),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                folder.toString(),
                source.toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("soffice.log").toFile())
            .start();
    if (!soffice.waitFor(120, TimeUnit.SECONDS) || soffice.exitValue() != 0) {
      soffice.destroyForcibly();
      throw new IllegalStateException(
          "LibreOffice did not convert the DOCX: "
              + Files.readString(folder.resolve("soffice.log")));
    }
    return Files.readAllBytes(folder.resolve("document.pdf"));
  }
}
