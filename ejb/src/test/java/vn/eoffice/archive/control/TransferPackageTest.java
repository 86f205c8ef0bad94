package vn.eoffice.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transfer package for the historical archive (E-ARK CSIP): its METS files valid against the
 * METS 1.12 schema of the Library of Congress with the DILCIS board's CSIP extension (schemas
 * published by others, in test resources), every file read back with its checksum right, and a
 * changed byte, a missing file and a file no METS names each found.
 */
class TransferPackageTest {

  @TempDir Path folder;

  private static final Instant CREATED = Instant.parse("2026-12-07T08:00:00Z");

  private static TransferPackage.DataFile file(String name, String type, byte[] content) {
    return new TransferPackage.DataFile(
        name,
        type,
        content.length,
        TransferPackage.sha256(content).toLowerCase(),
        CREATED,
        () -> new ByteArrayInputStream(content));
  }

  private Path written() throws Exception {
    byte[] description =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CaseFile><Title>Hồ sơ đất đai</Title></CaseFile>"
            .getBytes(StandardCharsets.UTF_8);
    TransferPackage.Package p =
        new TransferPackage.Package(
            "000.00.31.H99.2026.01.DC",
            "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất năm 2026",
            CREATED,
            description,
            List.of(
                file(
                    "chu-ky-001-quyet-dinh.xml",
                    "application/xml",
                    "<DetailedReport/>".getBytes(StandardCharsets.UTF_8))),
            List.of(
                new TransferPackage.Representation(
                    "original",
                    List.of(
                        file(
                            "001-quyet-dinh.pdf",
                            "application/pdf",
                            "%PDF-1.7 một".getBytes(StandardCharsets.UTF_8)),
                        file(
                            "002-cong-van.docx",
                            "application/octet-stream",
                            new byte[] {1, 2, 3}))),
                new TransferPackage.Representation(
                    "pdfa",
                    List.of(
                        file(
                            "001-quyet-dinh.pdf",
                            "application/pdf",
                            "%PDF-1.7 hai".getBytes(StandardCharsets.UTF_8))))),
            "0.1.0");
    Path zip = folder.resolve("package.zip");
    try (OutputStream out = Files.newOutputStream(zip)) {
      TransferPackage.write(p, out);
    }
    return zip;
  }

  @Test
  void readsBackWithEveryChecksumAndItsMetsIsValid() throws Exception {
    Path zip = written();
    TransferPackageCheck.Report report = TransferPackageCheck.check(zip);
    assertThat(report.problems()).isEmpty();
    assertThat(report.objectId()).isEqualTo("000.00.31.H99.2026.01.DC");
    // The description, a signatures' report, two representations' METS, three data files.
    assertThat(report.filesChecked()).isEqualTo(7);

    Schema mets = metsSchema();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      List<String> names = new ArrayList<>();
      file.stream().forEach(e -> names.add(e.getName()));
      assertThat(names)
          .contains(
              "000.00.31.H99.2026.01.DC/METS.xml",
              "000.00.31.H99.2026.01.DC/metadata/descriptive/ho-so-phu-luc-vi.xml",
              "000.00.31.H99.2026.01.DC/metadata/preservation/chu-ky-001-quyet-dinh.xml",
              "000.00.31.H99.2026.01.DC/representations/original/METS.xml",
              "000.00.31.H99.2026.01.DC/representations/original/data/001-quyet-dinh.pdf",
              "000.00.31.H99.2026.01.DC/representations/pdfa/data/001-quyet-dinh.pdf");
      for (String name : names.stream().filter(n -> n.endsWith("METS.xml")).toList()) {
        mets.newValidator()
            .validate(new StreamSource(file.getInputStream(file.getEntry(name)), name));
      }
    }
  }

  @Test
  void findsAChangedByteAMissingFileAndAFileNoMetsNames() throws Exception {
    Path zip = written();
    String data = "000.00.31.H99.2026.01.DC/representations/original/data/002-cong-van.docx";
    Path changed = rewritten(zip, data, new byte[] {1, 2, 4}, null);
    assertThat(TransferPackageCheck.check(changed).problems())
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith(data + ": SHA-256 is"));

    Path missing = rewritten(zip, data, null, null);
    assertThat(TransferPackageCheck.check(missing).problems())
        .containsExactly(data + ": named in METS but not in the package");

    Path extra =
        rewritten(
            zip, null, null, "000.00.31.H99.2026.01.DC/representations/original/data/them.pdf");
    assertThat(TransferPackageCheck.check(extra).problems())
        .containsExactly(
            "000.00.31.H99.2026.01.DC/representations/original/data/them.pdf: in the package but"
                + " named by no METS");

    Path notZip = folder.resolve("not.zip");
    Files.writeString(notZip, "not a zip");
    assertThat(TransferPackageCheck.check(notZip).sound()).isFalse();
  }

  /** The package with one entry replaced (or left out when null), and maybe one entry added. */
  private Path rewritten(Path zip, String name, byte[] replacement, String added) throws Exception {
    Path target = Files.createTempFile(folder, "changed", ".zip");
    try (ZipFile in = new ZipFile(zip.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : java.util.Collections.list(in.entries())) {
        byte[] content = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals(name)) {
          if (replacement == null) {
            continue;
          }
          content = replacement;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
      if (added != null) {
        out.putNextEntry(new ZipEntry(added));
        out.write(new byte[] {9});
        out.closeEntry();
      }
    }
    return target;
  }

  private static Schema metsSchema() throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    // The xlink schema first: mets.xsd imports it from the Library of Congress's site.
    return factory.newSchema(
        new StreamSource[] {
          source("xlink.xsd"), source("DILCISExtensionMETS.xsd"), source("mets.xsd")
        });
  }

  private static StreamSource source(String name) {
    var url = TransferPackageTest.class.getResource("/eark/" + name);
    return new StreamSource(url.toString());
  }
}
