package vn.eoffice.archive.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.eoffice.signing.DocumentFingerprint;

/**
 * A case file as a transfer package for the historical archive, in the E-ARK Common Specification
 * for Information Packages (CSIP 2.x) layout: one folder named after the package, its METS.xml
 * describing everything in it with the SHA-256 and size of every file, the file's Phụ lục VI
 * description under {@code metadata/descriptive}, the reports of its signed PDFs' signatures under
 * {@code metadata/preservation}, and each representation (the documents as registered; their PDF/A
 * renditions, when made) under {@code representations/<name>} with a METS.xml of its own. The ZIP
 * is written as a stream: the files' digests are those the file store names them by, so nothing is
 * read twice.
 */
public final class TransferPackage {

  static final String METS = "http://www.loc.gov/METS/";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
  static final String PROFILE = "https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml";
  static final String DESCRIPTION = "metadata/descriptive/ho-so-phu-luc-vi.xml";

  /** Opens a file's bytes when the package is written. */
  public interface Content {
    InputStream open() throws IOException;
  }

  /** A file of a representation: its name in {@code data/}, what it is, its size and SHA-256. */
  public record DataFile(
      String name, String mediaType, long size, String sha256, Instant created, Content content) {}

  /** One representation of the documents: its folder's name and its files, in order. */
  public record Representation(String name, List<DataFile> files) {}

  /**
   * The package: its id (the folder's name), label, creation time, description, preservation
   * metadata (files under {@code metadata/preservation}, such as the reports of signatures checked
   * at hand-over), contents.
   */
  public record Package(
      String objectId,
      String label,
      Instant created,
      byte[] description,
      List<DataFile> preservation,
      List<Representation> representations,
      String software) {}

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

  private TransferPackage() {}

  public static void write(Package p, OutputStream target) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
    String root = p.objectId() + "/";
    byte[][] representationMets = new byte[p.representations().size()][];
    for (int i = 0; i < representationMets.length; i++) {
      representationMets[i] = representationMets(p, p.representations().get(i));
    }
    entry(zip, root + "METS.xml", rootMets(p, representationMets));
    entry(zip, root + DESCRIPTION, p.description());
    for (DataFile f : p.preservation()) {
      zip.putNextEntry(new ZipEntry(root + "metadata/preservation/" + f.name()));
      try (InputStream in = f.content().open()) {
        in.transferTo(zip);
      }
      zip.closeEntry();
    }
    for (int i = 0; i < representationMets.length; i++) {
      Representation r = p.representations().get(i);
      String folder = root + "representations/" + r.name() + "/";
      entry(zip, folder + "METS.xml", representationMets[i]);
      for (DataFile f : r.files()) {
        zip.putNextEntry(new ZipEntry(folder + "data/" + f.name()));
        try (InputStream in = f.content().open()) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    zip.finish();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  private static byte[] rootMets(Package p, byte[][] representationMets) {
    return xml(
        xml -> {
          begin(xml, p.objectId(), p.label(), p);
          xml.writeStartElement(METS, "dmdSec");
          xml.writeAttribute("ID", "dmd-phu-luc-vi");
          xml.writeAttribute("CREATED", TIME.format(p.created()));
          xml.writeAttribute("STATUS", "CURRENT");
          xml.writeEmptyElement(METS, "mdRef");
          xml.writeAttribute("LOCTYPE", "URL");
          xml.writeAttribute(XLINK, "type", "simple");
          xml.writeAttribute(XLINK, "href", DESCRIPTION);
          xml.writeAttribute("MDTYPE", "OTHER");
          xml.writeAttribute("OTHERMDTYPE", "ND30-2020-PHU-LUC-VI");
          xml.writeAttribute("MIMETYPE", "application/xml");
          xml.writeAttribute("SIZE", Long.toString(p.description().length));
          xml.writeAttribute("CREATED", TIME.format(p.created()));
          xml.writeAttribute("CHECKSUM", sha256(p.description()));
          xml.writeAttribute("CHECKSUMTYPE", "SHA-256");
          xml.writeEndElement();
          if (!p.preservation().isEmpty()) {
            xml.writeStartElement(METS, "amdSec");
            int n = 1;
            for (DataFile f : p.preservation()) {
              xml.writeStartElement(METS, "digiprovMD");
              xml.writeAttribute("ID", "digiprov-" + n++);
              xml.writeAttribute("CREATED", TIME.format(f.created()));
              xml.writeAttribute("STATUS", "CURRENT");
              xml.writeEmptyElement(METS, "mdRef");
              xml.writeAttribute("LOCTYPE", "URL");
              xml.writeAttribute(XLINK, "type", "simple");
              xml.writeAttribute(XLINK, "href", "metadata/preservation/" + f.name());
              xml.writeAttribute("MDTYPE", "OTHER");
              xml.writeAttribute("OTHERMDTYPE", "DSS-DETAILED-REPORT");
              xml.writeAttribute("MIMETYPE", f.mediaType());
              xml.writeAttribute("SIZE", Long.toString(f.size()));
              xml.writeAttribute("CREATED", TIME.format(f.created()));
              xml.writeAttribute("CHECKSUM", f.sha256().toUpperCase(Locale.ROOT));
              xml.writeAttribute("CHECKSUMTYPE", "SHA-256");
              xml.writeEndElement();
            }
            xml.writeEndElement();
          }
          xml.writeStartElement(METS, "fileSec");
          xml.writeAttribute("ID", "file-sec");
          for (int i = 0; i < representationMets.length; i++) {
            Representation r = p.representations().get(i);
            xml.writeStartElement(METS, "fileGrp");
            xml.writeAttribute("ID", group(r));
            xml.writeAttribute("USE", "Representations/" + r.name());
            xml.writeAttribute(CSIP, "CONTENTINFORMATIONTYPE", "MIXED");
            file(
                xml,
                "file-" + r.name() + "-mets",
                "application/xml",
                representationMets[i].length,
                sha256(representationMets[i]),
                p.created(),
                "representations/" + r.name() + "/METS.xml");
            xml.writeEndElement();
          }
          xml.writeEndElement();
          xml.writeStartElement(METS, "structMap");
          xml.writeAttribute("ID", "struct-map");
          xml.writeAttribute("TYPE", "PHYSICAL");
          xml.writeAttribute("LABEL", "CSIP");
          xml.writeStartElement(METS, "div");
          xml.writeAttribute("ID", "div-package");
          xml.writeAttribute("LABEL", p.objectId());
          xml.writeEmptyElement(METS, "div");
          xml.writeAttribute("ID", "div-metadata");
          xml.writeAttribute("LABEL", "Metadata");
          xml.writeAttribute("DMDID", "dmd-phu-luc-vi");
          if (!p.preservation().isEmpty()) {
            StringBuilder ids = new StringBuilder();
            for (int n = 1; n <= p.preservation().size(); n++) {
              ids.append(n == 1 ? "" : " ").append("digiprov-").append(n);
            }
            xml.writeAttribute("ADMID", ids.toString());
          }
          for (Representation r : p.representations()) {
            xml.writeStartElement(METS, "div");
            xml.writeAttribute("ID", "div-" + r.name());
            xml.writeAttribute("LABEL", "Representations/" + r.name());
            xml.writeEmptyElement(METS, "mptr");
            xml.writeAttribute("LOCTYPE", "URL");
            xml.writeAttribute(XLINK, "type", "simple");
            xml.writeAttribute(XLINK, "href", "representations/" + r.name() + "/METS.xml");
            xml.writeAttribute(XLINK, "title", group(r));
            xml.writeEndElement();
          }
          xml.writeEndElement();
          xml.writeEndElement();
          xml.writeEndElement();
        });
  }

  private static byte[] representationMets(Package p, Representation r) {
    return xml(
        xml -> {
          begin(xml, r.name(), p.label() + " — " + r.name(), p);
          xml.writeStartElement(METS, "fileSec");
          xml.writeAttribute("ID", "file-sec-" + r.name());
          xml.writeStartElement(METS, "fileGrp");
          xml.writeAttribute("ID", "file-grp-data");
          xml.writeAttribute("USE", "Data");
          int n = 1;
          for (DataFile f : r.files()) {
            file(
                xml,
                "file-" + n++,
                f.mediaType(),
                f.size(),
                f.sha256(),
                f.created(),
                "data/" + f.name());
          }
          xml.writeEndElement();
          xml.writeEndElement();
          xml.writeStartElement(METS, "structMap");
          xml.writeAttribute("ID", "struct-map-" + r.name());
          xml.writeAttribute("TYPE", "PHYSICAL");
          xml.writeAttribute("LABEL", "CSIP");
          xml.writeStartElement(METS, "div");
          xml.writeAttribute("ID", "div-" + r.name());
          xml.writeAttribute("LABEL", r.name());
          xml.writeStartElement(METS, "div");
          xml.writeAttribute("ID", "div-data");
          xml.writeAttribute("LABEL", "Data");
          xml.writeEmptyElement(METS, "fptr");
          xml.writeAttribute("FILEID", "file-grp-data");
          xml.writeEndElement();
          xml.writeEndElement();
          xml.writeEndElement();
          xml.writeEndElement();
        });
  }

  /** The mets element and its header: the creating software, the package type. */
  private static void begin(XMLStreamWriter xml, String id, String label, Package p)
      throws XMLStreamException {
    xml.writeStartElement("mets", "mets", METS);
    xml.writeNamespace("mets", METS);
    xml.writeNamespace("xlink", XLINK);
    xml.writeNamespace("csip", CSIP);
    xml.writeAttribute("OBJID", id);
    xml.writeAttribute("LABEL", label);
    xml.writeAttribute("TYPE", "Mixed");
    xml.writeAttribute(CSIP, "CONTENTINFORMATIONTYPE", "MIXED");
    xml.writeAttribute("PROFILE", PROFILE);
    xml.writeStartElement(METS, "metsHdr");
    xml.writeAttribute("CREATEDATE", TIME.format(p.created()));
    xml.writeAttribute("RECORDSTATUS", "NEW");
    xml.writeAttribute(CSIP, "OAISPACKAGETYPE", "SIP");
    xml.writeStartElement(METS, "agent");
    xml.writeAttribute("ROLE", "CREATOR");
    xml.writeAttribute("TYPE", "OTHER");
    xml.writeAttribute("OTHERTYPE", "SOFTWARE");
    xml.writeStartElement(METS, "name");
    xml.writeCharacters("e-Office");
    xml.writeEndElement();
    xml.writeStartElement(METS, "note");
    xml.writeAttribute(CSIP, "NOTETYPE", "SOFTWARE VERSION");
    xml.writeCharacters(p.software());
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void file(
      XMLStreamWriter xml,
      String id,
      String mediaType,
      long size,
      String sha256,
      Instant created,
      String href)
      throws XMLStreamException {
    xml.writeStartElement(METS, "file");
    xml.writeAttribute("ID", id);
    xml.writeAttribute("MIMETYPE", mediaType);
    xml.writeAttribute("SIZE", Long.toString(size));
    xml.writeAttribute("CREATED", TIME.format(created));
    xml.writeAttribute("CHECKSUM", sha256.toUpperCase(Locale.ROOT));
    xml.writeAttribute("CHECKSUMTYPE", "SHA-256");
    xml.writeEmptyElement(METS, "FLocat");
    xml.writeAttribute("LOCTYPE", "URL");
    xml.writeAttribute(XLINK, "type", "simple");
    xml.writeAttribute(XLINK, "href", href);
    xml.writeEndElement();
  }

  private static String group(Representation r) {
    return "file-grp-" + r.name();
  }

  private interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static byte[] xml(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the package's METS could not be written", e);
    }
    return out.toByteArray();
  }

  static String sha256(byte[] content) {
    return DocumentFingerprint.of(content).sha256().toUpperCase(Locale.ROOT);
  }
}
