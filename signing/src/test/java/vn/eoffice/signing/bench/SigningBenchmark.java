package vn.eoffice.signing.bench;

import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import vn.eoffice.signing.PadesSealer;
import vn.eoffice.signing.Pkcs11Token;
import vn.eoffice.signing.TwoStepSigning;
import vn.eoffice.signing.pkcs11.SoftHsm;
import vn.eoffice.signing.pki.TestPki;
import vn.eoffice.signing.pki.TestTsa;

/**
 * Seal signatures per second on a 1 MB PDF at PAdES B-B and B-T (local TSA), with the key in
 * SoftHSM over PKCS#11, and the server's time per two-step signature (p50/p95), printed beside the
 * raw crypto limit measured in the same run: RSA-2048 signatures per second and SHA-256 MB/s
 * through the JCA. Run by {@code bin/benchmark-signing}.
 */
public final class SigningBenchmark {

  private static final long SECONDS = Long.getLong("bench.seconds", 10);

  public static void main(String[] args) throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    TestPki pki = TestPki.generate("http://127.0.0.1:18181", now);
    byte[] pdf = pdfOfAboutOneMegabyte();
    String pin = "123456";
    long slot = SoftHsm.ofThisJvm().initToken("bench-" + System.nanoTime(), pin, "87654321");
    Provider writer = SoftHsm.provider("bench" + slot, slot);
    SoftHsm.importCredential(writer, pin.toCharArray(), "con-dau", pki.seal());
    ((java.security.AuthProvider) writer).logout();

    double rsa = rsaSignaturesPerSecond();
    double sha = sha256MegabytesPerSecond(pdf);
    double hsmRsa;
    try (Pkcs11Token hsm = new Pkcs11Token(SoftHsm.LIBRARY, slot, pin.toCharArray());
        TestTsa tsa = new TestTsa(pki)) {
      var key = hsm.getKeys().get(0);
      hsmRsa = hsmSignaturesPerSecond(hsm, key);
      double bb = rate(() -> new PadesSealer().seal(pdf, hsm, key, Instant.now()));
      PadesSealer timestamped = new PadesSealer(tsa.url());
      double bt = rate(() -> timestamped.seal(pdf, hsm, key, Instant.now()));
      List<Long> twoStep = twoStepServerTimes(pdf, pki);

      System.out.printf("%nPDF: %d bytes; %d s per measurement; 2 cores%n", pdf.length, SECONDS);
      System.out.printf("%-44s %12s%n", "measure", "value");
      System.out.printf("%-44s %12.1f%n", "raw RSA-2048 signatures/s (JCA, SunRsaSign)", rsa);
      System.out.printf("%-44s %12.1f%n", "raw RSA-2048 signatures/s (SoftHSM PKCS#11)", hsmRsa);
      System.out.printf("%-44s %12.1f%n", "raw SHA-256 MB/s (JCA)", sha);
      System.out.printf("%-44s %12.1f%n", "seal PAdES-B-B signatures/s (1 MB)", bb);
      System.out.printf("%-44s %12.1f%n", "seal PAdES-B-T signatures/s (1 MB, local TSA)", bt);
      System.out.printf(
          "%-44s %12s%n",
          "two-step server ms/signature p50 / p95",
          "%.1f / %.1f".formatted(percentile(twoStep, 50), percentile(twoStep, 95)));
    }
  }

  interface Work {
    void run() throws Exception;
  }

  /** Runs the work for a warm-up, then counts completions for {@link #SECONDS}. */
  private static double rate(Work work) throws Exception {
    long warmUpEnd = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() < warmUpEnd) {
      work.run();
    }
    long start = System.nanoTime();
    long end = start + SECONDS * 1_000_000_000L;
    int done = 0;
    while (System.nanoTime() < end) {
      work.run();
      done++;
    }
    return done / ((System.nanoTime() - start) / 1e9);
  }

  private static double rsaSignaturesPerSecond() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    byte[] data = new byte[64];
    return rate(
        () -> {
          Signature signature = Signature.getInstance("SHA256withRSA");
          signature.initSign(keys.getPrivate());
          signature.update(data);
          signature.sign();
        });
  }

  private static double hsmSignaturesPerSecond(
      Pkcs11Token hsm, eu.europa.esig.dss.token.DSSPrivateKeyEntry key) throws Exception {
    eu.europa.esig.dss.model.ToBeSigned data =
        new eu.europa.esig.dss.model.ToBeSigned(new byte[64]);
    return rate(() -> hsm.sign(data, eu.europa.esig.dss.enumerations.DigestAlgorithm.SHA256, key));
  }

  private static double sha256MegabytesPerSecond(byte[] pdf) throws Exception {
    long[] bytes = {0};
    double perSecond =
        rate(
            () -> {
              MessageDigest.getInstance("SHA-256").digest(pdf);
              bytes[0] += pdf.length;
            });
    return perSecond * pdf.length / 1_000_000.0;
  }

  /** Server time of prepare + complete, the user's token signing excluded. */
  private static List<Long> twoStepServerTimes(byte[] pdf, TestPki pki) throws Exception {
    PrivateKey key = pki.leader().key();
    TwoStepSigning signing = new TwoStepSigning();
    List<Long> micros = new ArrayList<>();
    long end = System.nanoTime() + (SECONDS + 3) * 1_000_000_000L;
    int round = 0;
    while (System.nanoTime() < end) {
      long start = System.nanoTime();
      TwoStepSigning.Prepared prepared = signing.prepare(pdf, pki.leader().chain(), Instant.now());
      long prepareTime = System.nanoTime() - start;
      Signature signature = Signature.getInstance(prepared.signatureAlgorithm());
      signature.initSign(key);
      signature.update(prepared.dataToSign());
      byte[] value = signature.sign();
      long completeStart = System.nanoTime();
      signing.complete(prepared, value);
      long total = prepareTime + (System.nanoTime() - completeStart);
      if (round++ >= 5) {
        micros.add(total / 1000);
      }
    }
    return micros;
  }

  private static double percentile(List<Long> micros, int p) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1000.0;
  }

  /**
   * About 1 MB: a few pages of text and an incompressible image stream, as a scanned attachment.
   */
  private static byte[] pdfOfAboutOneMegabyte() throws Exception {
    try (PDDocument document = new PDDocument()) {
      for (int p = 0; p < 5; p++) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
          content.newLineAtOffset(50, 750);
          for (int line = 0; line < 50; line++) {
            content.showText("Dieu " + line + ". Quy dinh ve van thu, luu tru trang " + (p + 1));
            content.newLineAtOffset(0, -14);
          }
          content.endText();
        }
      }
      // Random pixels do not compress: a 1000 x 1000 JPEG of them weighs about 1 MB.
      byte[] noise = new byte[3_000_000];
      new Random(30).nextBytes(noise);
      java.awt.image.BufferedImage image =
          new java.awt.image.BufferedImage(1000, 1000, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
      byte[] raster = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
      System.arraycopy(noise, 0, raster, 0, Math.min(noise.length, raster.length));
      var xobject =
          org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(
              document, image, 0.95f);
      try (PDPageContentStream content =
          new PDPageContentStream(
              document, document.getPage(4), PDPageContentStream.AppendMode.APPEND, true)) {
        content.drawImage(xobject, 20, 20, 300, 300);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
