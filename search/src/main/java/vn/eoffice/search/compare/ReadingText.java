package vn.eoffice.search.compare;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.eoffice.search.text.TextExtraction;
import vn.eoffice.search.text.UnreadableFileException;

/**
 * A file's running text as its reader sees it, paragraph by paragraph, with what the layout adds
 * taken out: line breaks inside a paragraph, words hyphenated at a line end, running page headers
 * and footers, page numbers, list markers ({@code a)}, {@code 1.}, {@code -}, {@code •}) at the
 * start of a paragraph or line, and a DOCX's headers and footers. Two renderings of one text (the
 * DOCX and its PDF) give the same words.
 *
 * @param paragraphs in reading order
 */
public record ReadingText(List<Paragraph> paragraphs) {

  /**
   * One paragraph.
   *
   * @param page the page it starts on, from 1; 0 for formats without pages (DOCX, DOC)
   * @param text its text, one line, NFC
   */
  public record Paragraph(int page, String text) {}

  public ReadingText {
    paragraphs = List.copyOf(paragraphs);
  }

  /** Marks the start of a paragraph in PDFBox's output (a character no text holds). */
  private static final String PARAGRAPH = "\uE000";

  /** A line that is only a page number: {@code 3}, {@code - 3 -}, {@code Trang 3}, {@code 3/12}. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^[\\s\\-–—]*(?:(?:trang|page)\\s*)?\\d{1,4}(?:\\s*(?:/|của|of)\\s*\\d{1,4})?[\\s\\-–—]*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A list marker at the start: a bullet or dash, {@code 1.} {@code 1)} {@code a)} {@code (1)}. */
  private static final Pattern LIST_MARKER =
      Pattern.compile(
          "^\\s*(?:[\\-–—•·▪◦●○■□➢✓*+](?=\\s)|\\(?(?:\\d{1,3}|[a-zđ]|[ivxlc]{1,6})[.)](?=\\s))\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A header or footer repeated on this share of the pages is the layout's, not the text's. */
  private static final double RUNNING = 0.6;

  /**
   * The reading text of a PDF, DOCX or DOC file.
   *
   * @throws UnreadableFileException when the file is damaged, not of its type, or of a type with no
   *     comparable text
   */
  public static ReadingText of(byte[] content, String mediaType) {
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    try {
      return switch (type) {
        case TextExtraction.PDF -> pdf(content);
        case TextExtraction.DOCX -> docx(content);
        case TextExtraction.DOC -> doc(content);
        default ->
            throw new UnreadableFileException(
                "only PDF, DOCX and DOC files can be compared, not " + mediaType, null);
      };
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnreadableFileException unreadable) {
        throw unreadable;
      }
      throw new UnreadableFileException(
          "the " + mediaType + " file cannot be read for its text: " + e.getMessage(), e);
    }
  }

  /** The text of plain paragraphs (for tests and for text already extracted). */
  public static ReadingText ofParagraphs(List<String> paragraphs) {
    List<Paragraph> result = new ArrayList<>();
    for (String text : paragraphs) {
      add(result, 0, text);
    }
    return new ReadingText(result);
  }

  // ---------------------------------------------------------------------------------------------

  private static ReadingText pdf(byte[] content) throws IOException {
    List<List<String>> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      // In the order the producer wrote the text (a word processor writes a table cell by cell),
      // not sorted by position, which reads a two-column table line across both columns.
      stripper.setSortByPosition(false);
      stripper.setParagraphStart(PARAGRAPH);
      stripper.setLineSeparator("\n");
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<String> lines = new ArrayList<>();
        for (String line : stripper.getText(document).split("\n")) {
          String clean = clean(line).strip();
          if (!clean.replace(PARAGRAPH, "").isBlank()) {
            lines.add(clean);
          }
        }
        pages.add(lines);
      }
    }
    dropRunning(pages, true);
    dropRunning(pages, false);
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentPage = 1;
    for (int p = 0; p < pages.size(); p++) {
      for (String line : pages.get(p)) {
        boolean starts = line.startsWith(PARAGRAPH);
        String text = line.replace(PARAGRAPH, "").strip();
        boolean afterSentence = current.isEmpty() || endsSentence(current);
        if (starts || afterSentence) {
          // A list marker is the layout's at a paragraph's start, and at a line's start after a
          // finished sentence (PDFBox does not see every list item as a new paragraph).
          text = LIST_MARKER.matcher(text).replaceFirst("");
        }
        if (starts && !current.isEmpty()) {
          add(paragraphs, currentPage, current.toString());
          current.setLength(0);
        }
        if (current.isEmpty()) {
          currentPage = p + 1;
          current.append(text);
        } else if (hyphenated(current, text)) {
          current.setLength(current.length() - 1);
          current.append(text);
        } else {
          current.append(' ').append(text);
        }
      }
    }
    add(paragraphs, currentPage, current.toString());
    return new ReadingText(paragraphs);
  }

  /**
   * Takes out the first (or last) line of the pages where it is a page number, or where the same
   * line (digits aside) heads (or ends) most pages.
   */
  private static void dropRunning(List<List<String>> pages, boolean top) {
    Map<String, Integer> seen = new HashMap<>();
    for (List<String> lines : pages) {
      if (!lines.isEmpty()) {
        seen.merge(key(edge(lines, top)), 1, Integer::sum);
      }
    }
    for (List<String> lines : pages) {
      if (lines.isEmpty()) {
        continue;
      }
      String line = edge(lines, top);
      boolean pageNumber = PAGE_NUMBER.matcher(line.replace(PARAGRAPH, "")).matches();
      boolean running = pages.size() >= 3 && seen.get(key(line)) >= RUNNING * pages.size();
      if (pageNumber || running) {
        lines.remove(top ? 0 : lines.size() - 1);
      }
    }
  }

  private static String edge(List<String> lines, boolean top) {
    return lines.get(top ? 0 : lines.size() - 1);
  }

  private static String key(String line) {
    return line.replace(PARAGRAPH, "").replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }

  private static boolean endsSentence(CharSequence text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == ';' || last == ':' || last == '!' || last == '?';
  }

  /** A word cut at the line's end: a letter and a hyphen, the next line going on in lower case. */
  private static boolean hyphenated(CharSequence line, String next) {
    int n = line.length();
    return n >= 2
        && line.charAt(n - 1) == '-'
        && Character.isLetter(line.charAt(n - 2))
        && !next.isEmpty()
        && Character.isLowerCase(next.codePointAt(0));
  }

  private static ReadingText docx(byte[] content) throws IOException {
    List<Paragraph> paragraphs = new ArrayList<>();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
      body(document.getBodyElements(), paragraphs);
    }
    return new ReadingText(paragraphs);
  }

  /** Paragraphs and table cells in order; headers and footers are the layout's and left out. */
  private static void body(List<IBodyElement> elements, List<Paragraph> paragraphs) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        add(paragraphs, 0, LIST_MARKER.matcher(clean(paragraph.getText())).replaceFirst(""));
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            body(cell.getBodyElements(), paragraphs);
          }
        }
      }
    }
  }

  private static ReadingText doc(byte[] content) throws IOException {
    List<Paragraph> paragraphs = new ArrayList<>();
    try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content));
        WordExtractor extractor = new WordExtractor(document)) {
      for (String paragraph : extractor.getParagraphText()) {
        add(
            paragraphs,
            0,
            LIST_MARKER.matcher(clean(WordExtractor.stripFields(paragraph))).replaceFirst(""));
      }
    }
    return new ReadingText(paragraphs);
  }

  private static void add(List<Paragraph> paragraphs, int page, String text) {
    String clean = clean(text).strip();
    if (!clean.isEmpty()) {
      paragraphs.add(new Paragraph(page, clean));
    }
  }

  /**
   * Whether the text is clean already, as most paragraphs are: only single spaces and characters
   * that are NFC whatever comes next and that cleaning leaves alone.
   */
  private static boolean tidy(String text) {
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (space) {
          return false;
        }
        space = true;
        continue;
      }
      space = false;
      boolean stable =
          c < 0x0300
              // Vietnamese letters with two marks; quotes, dashes and bullets.
              || (c >= 0x1E00 && c <= 0x1EFF)
              || (c >= 0x2012 && c <= 0x2022);
      if (c < ' ' || !stable || c == 0x85 || c == 0xA0 || c == 0xAD) {
        return false;
      }
    }
    return true;
  }

  /**
   * NFC; soft hyphens and zero-width characters out; an ellipsis as three full stops, the
   * non-breaking hyphens as hyphens; tabs, breaks and the other spaces as one space. One pass: a
   * hundred pages go through it at every comparison.
   */
  static String clean(String text) {
    if (tidy(text)) {
      return text;
    }
    String nfc =
        Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      switch (c) {
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\uFEFF' -> {
          continue;
        }
        case '\u2026' -> out.append("...");
        case '\u2010', '\u2011' -> out.append('-');
        default -> {
          if (Words.blank(c)) {
            if (!space) {
              out.append(' ');
            }
            space = true;
            continue;
          }
          out.append(c);
        }
      }
      space = false;
    }
    return out.toString();
  }
}
