package vn.eoffice.edxml;

import java.time.LocalDate;

/**
 * The document a message answers: its issuer's organ code, its số ký hiệu ({@code Code}), date and
 * edXML DocumentId.
 */
public record ResponseFor(
    String organId, String code, LocalDate promulgationDate, String documentId) {}
