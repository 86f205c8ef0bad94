package vn.eoffice.edxml;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A package of the kind e-Office sends: a commune's decision to a department, with two files. */
final class Packages {

  private Packages() {}

  static EdXmlPackage decision() {
    Organ from =
        new Organ(
            "000.00.31.H99",
            "UBND tỉnh Demo",
            "UBND xã Demo",
            "Thôn 1, xã Demo",
            "ubnd@demo.gov.vn",
            "0210 3852 139",
            null,
            null);
    return new EdXmlPackage(
        from,
        List.of(Organ.of("000.00.01.H99", "Sở Nội vụ")),
        EdXmlPackage.documentIdOf("000.00.31.H99", LocalDate.of(2026, 12, 7), "15", "QĐ-UBND"),
        "15",
        "QĐ-UBND",
        "Xã Demo",
        LocalDate.of(2026, 12, 7),
        1,
        null,
        "Quyết định",
        "Về việc giao đất ở cho hộ ông Nguyễn Văn Bình tại thôn Đông & \"Tây\" <2026>",
        null,
        "TM. ỦY BAN NHÂN DÂN",
        "Chủ tịch",
        "Trần Văn Đạo",
        LocalDate.of(2026, 12, 21),
        List.of("Sở Nội vụ", "Lưu: VT"),
        1,
        null,
        null,
        3,
        2,
        List.of("Phụ lục: danh sách thửa đất"),
        1,
        null,
        LocalDateTime.of(2026, 12, 7, 9, 30, 15),
        new Business(
            Business.Type.NEW, null, true, StaffInfo.of("Văn phòng", "Nguyễn Thị Văn Thư")),
        List.of(
            new Attachment(
                "cid:1",
                "15-QD-UBND.pdf",
                "application/pdf",
                "Quyết định",
                "%PDF-1.7 quyết định".getBytes(StandardCharsets.UTF_8)),
            new Attachment(
                "cid:2",
                "phu-luc.pdf",
                "application/pdf",
                null,
                "%PDF-1.7 phụ lục".getBytes(StandardCharsets.UTF_8))));
  }
}
