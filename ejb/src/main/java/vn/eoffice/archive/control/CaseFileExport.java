package vn.eoffice.archive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.eoffice.archive.entity.Access;
import vn.eoffice.archive.entity.CaseFile;
import vn.eoffice.documents.entity.Document;
import vn.eoffice.documents.entity.DocumentFile;
import vn.eoffice.documents.entity.StoredFile;
import vn.eoffice.signatures.control.SignedFiles;

/**
 * A case file exported (Phụ lục VI): as XML with the file's fields and each document's, and as one
 * PDF with a cover, the list of its documents (mục lục văn bản) and the documents' PDFs in order.
 */
@Dependent
public class CaseFileExport {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final float MARGIN = 56;

  @Inject SignedFiles files;
  @Inject CaseFileAccess access;

  /** The file's fields and its documents', Phụ lục VI's names for them. */
  public byte[] xml(CaseFile file, String organCode, List<Document> documents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("CaseFile");
      xml.writeStartElement("FileCode");
      text(xml, "OrganId", organCode);
      text(xml, "FileCatalog", Integer.toString(file.getYear()));
      text(xml, "FileNotation", file.getNotation());
      xml.writeEndElement();
      text(xml, "Title", file.getTitle());
      text(xml, "Maintenance", maintenance(file));
      text(xml, "Rights", file.getAccess() == Access.OPEN ? "Công khai" : "Hạn chế sử dụng");
      text(xml, "Creator", access.keeperName(file));
      text(xml, "Language", file.getLanguage());
      text(xml, "StartDate", date(file.getStartDate()));
      text(xml, "EndDate", date(file.getEndDate()));
      text(xml, "DocTotal", Integer.toString(documents.size()));
      text(xml, "PageTotal", Integer.toString(pages(documents)));
      text(xml, "Description", file.getDescription());
      text(xml, "Keywords", file.getKeywords());
      xml.writeStartElement("Documents");
      int ordinal = 1;
      for (Document d : documents) {
        xml.writeStartElement("Document");
        text(xml, "DocOrdinal", Integer.toString(ordinal++));
        text(xml, "TypeName", d.getType() == null ? null : d.getType().getName());
        text(xml, "CodeNumber", codeNumber(d));
        text(xml, "CodeNotation", codeNotation(d));
        text(xml, "IssuedDate", date(d.getDocumentDate()));
        text(xml, "OrganName", organName(d));
        text(xml, "Subject", d.getSubject());
        text(xml, "Language", file.getLanguage());
        text(xml, "PageAmount", d.getPageCount() == null ? null : d.getPageCount().toString());
        text(xml, "Description", d.getNotes());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the case file could not be written as XML", e);
    }
    return out.toByteArray();
  }

  /** One PDF: a cover, the list of documents, then each document's PDF files in order. */
  public byte[] pdf(CaseFile file, String organCode, String agencyName, List<Document> documents) {
    try (PDDocument whole = new PDDocument()) {
      PDType0Font font =
          PDType0Font.load(whole, vn.eoffice.signing.Appearance.DEFAULT_FONT.toFile());
      cover(whole, font, file, organCode, agencyName, documents);
      index(whole, font, documents);
      PDFMergerUtility merger = new PDFMergerUtility();
      for (Document d : documents) {
        for (DocumentFile documentFile : d.getFiles()) {
          StoredFile content = documentFile.current().getContent();
          if (!SignedFiles.PDF.equals(content.getMediaType())) {
            continue;
          }
          try (PDDocument part = Loader.loadPDF(files.read(content.getSha256()))) {
            merger.appendDocument(whole, part);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      whole.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the case file could not be put in one PDF", e);
    }
  }

  private void cover(
      PDDocument whole,
      PDType0Font font,
      CaseFile file,
      String organCode,
      String agencyName,
      List<Document> documents)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    whole.addPage(page);
    try (PDPageContentStream text = new PDPageContentStream(whole, page)) {
      float y = page.getMediaBox().getHeight() - 90;
      y = line(text, font, 13, y, agencyName.toUpperCase(java.util.Locale.ROOT));
      y -= 120;
      y = line(text, font, 26, y, "HỒ SƠ");
      y -= 10;
      for (String part : wrap(file.getTitle(), 45)) {
        y = line(text, font, 16, y, part);
      }
      y -= 30;
      y =
          line(
              text,
              font,
              12,
              y,
              "Mã hồ sơ: " + organCode + "." + file.getYear() + "." + file.getNotation());
      y =
          line(
              text,
              font,
              12,
              y,
              "Từ ngày " + date(file.getStartDate()) + " đến ngày " + date(file.getEndDate()));
      y =
          line(
              text,
              font,
              12,
              y,
              "Số lượng văn bản: " + documents.size() + "; số trang: " + pages(documents));
      y = line(text, font, 12, y, "Thời hạn bảo quản: " + maintenance(file));
      line(text, font, 12, y, "Người lập hồ sơ: " + access.keeperName(file));
    }
  }

  private void index(PDDocument whole, PDType0Font font, List<Document> documents)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    whole.addPage(page);
    PDPageContentStream text = new PDPageContentStream(whole, page);
    try {
      float top = page.getMediaBox().getHeight() - 70;
      float y = line(text, font, 15, top, "MỤC LỤC VĂN BẢN");
      y -= 10;
      int ordinal = 1;
      for (Document d : documents) {
        List<String> subject = wrap(d.getSubject(), 70);
        if (y - 14 * (subject.size() + 1) < MARGIN) {
          text.close();
          page = new PDPage(PDRectangle.A4);
          whole.addPage(page);
          text = new PDPageContentStream(whole, page);
          y = top;
        }
        y =
            line(
                text,
                font,
                10,
                y,
                ordinal++
                    + ". "
                    + (d.getNotation() == null ? "" : d.getNotation())
                    + "   "
                    + date(d.getDocumentDate())
                    + "   "
                    + organName(d)
                    + (d.getPageCount() == null ? "" : "   " + d.getPageCount() + " tr."));
        for (String part : subject) {
          y = line(text, font, 10, y, "     " + part);
        }
        y -= 4;
      }
    } finally {
      text.close();
    }
  }

  private static float line(
      PDPageContentStream text, PDType0Font font, float size, float y, String s)
      throws IOException {
    text.beginText();
    text.setFont(font, size);
    text.newLineAtOffset(MARGIN, y);
    text.showText(s == null ? "" : s.replaceAll("[\\r\\n\\t]", " "));
    text.endText();
    return y - size * 1.45f;
  }

  /** Splits text into lines of at most {@code width} characters, at spaces. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String maintenance(CaseFile file) {
    return file.isPermanent() ? "Vĩnh viễn" : file.getRetentionYears() + " năm";
  }

  private static int pages(List<Document> documents) {
    return documents.stream().mapToInt(d -> d.getPageCount() == null ? 0 : d.getPageCount()).sum();
  }

  static String codeNumber(Document d) {
    String notation = d.getNotation();
    int slash = notation == null ? -1 : notation.indexOf('/');
    return slash < 0 ? notation : notation.substring(0, slash);
  }

  static String codeNotation(Document d) {
    String notation = d.getNotation();
    int slash = notation == null ? -1 : notation.indexOf('/');
    return slash < 0 ? null : notation.substring(slash + 1);
  }

  static String organName(Document d) {
    return d.getIssuerName() == null ? d.getAgency().getName() : d.getIssuerName();
  }

  private static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  private static void text(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    if (value != null) {
      xml.writeCharacters(value);
    }
    xml.writeEndElement();
  }
}
