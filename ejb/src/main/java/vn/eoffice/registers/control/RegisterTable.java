package vn.eoffice.registers.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.eoffice.platform.control.Clocks;
import vn.eoffice.registers.boundary.RegisterRow;
import vn.eoffice.registers.entity.Direction;

/**
 * A register as printed: the heading and the minimum columns of Decree 30/2020, Phụ lục IV (part VI
 * for incoming, part I for outgoing), in Vietnamese as the decree writes them, one line of text per
 * cell. The same table feeds the XLSX and the DOCX.
 */
public record RegisterTable(
    String agencyName, String title, String period, List<String> columns, List<List<String>> rows) {

  static final List<String> INCOMING_COLUMNS =
      List.of(
          "Ngày đến",
          "Số đến",
          "Tác giả",
          "Số, ký hiệu văn bản",
          "Ngày tháng văn bản",
          "Tên loại và trích yếu nội dung văn bản",
          "Đơn vị hoặc người nhận",
          "Ngày chuyển",
          "Ký nhận",
          "Ghi chú");

  static final List<String> OUTGOING_COLUMNS =
      List.of(
          "Số, ký hiệu văn bản",
          "Ngày tháng văn bản",
          "Tên loại và trích yếu nội dung văn bản",
          "Người ký",
          "Nơi nhận văn bản",
          "Đơn vị, người nhận bản lưu",
          "Số lượng bản",
          "Ngày chuyển",
          "Ký nhận",
          "Ghi chú");

  /** Shown instead of the content of a confidential document the reader is not assigned to. */
  static final String RESTRICTED = "(Văn bản mật)";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  public static RegisterTable of(
      String agencyName,
      Direction direction,
      int year,
      LocalDate from,
      LocalDate to,
      List<RegisterRow> rows) {
    boolean incoming = direction == Direction.INCOMING;
    String title = incoming ? "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" : "SỔ ĐĂNG KÝ VĂN BẢN ĐI";
    String period =
        "Năm "
            + year
            + (from == null ? "" : ", từ ngày " + DATE.format(from))
            + (to == null ? "" : " đến ngày " + DATE.format(to));
    return new RegisterTable(
        agencyName.toUpperCase(java.util.Locale.forLanguageTag("vi")),
        title,
        period,
        incoming ? INCOMING_COLUMNS : OUTGOING_COLUMNS,
        rows.stream().map(r -> incoming ? incoming(r) : outgoing(r)).toList());
  }

  private static List<String> incoming(RegisterRow r) {
    return List.of(
        r.receivedAt() == null ? "" : DATE_TIME.format(r.receivedAt().atZone(Clocks.VIETNAM)),
        r.numberText(),
        r.restricted() ? "" : text(r.issuerName()),
        text(r.notation()),
        r.documentDate() == null ? "" : DATE.format(r.documentDate()),
        typeAndSubject(r),
        text(r.handedTo()),
        r.handedOn() == null ? "" : DATE.format(r.handedOn()),
        "",
        r.restricted() ? "" : text(r.notes()));
  }

  private static List<String> outgoing(RegisterRow r) {
    return List.of(
        text(r.notation()),
        r.documentDate() == null ? "" : DATE.format(r.documentDate()),
        typeAndSubject(r),
        r.restricted() ? "" : text(r.signerName()),
        r.restricted() ? "" : text(r.recipients()),
        text(r.keptBy()),
        r.copies() == null ? "" : r.copies().toString(),
        "",
        "",
        r.restricted() ? "" : text(r.notes()));
  }

  private static String typeAndSubject(RegisterRow r) {
    return r.restricted() ? r.typeName() + " " + RESTRICTED : r.typeName() + ": " + r.subject();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
