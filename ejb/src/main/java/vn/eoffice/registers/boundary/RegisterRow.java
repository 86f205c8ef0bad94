package vn.eoffice.registers.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a register page with the columns of Decree 30/2020, Phụ lục IV. Content fields are
 * null when the line is a confidential document the reader is not assigned to ({@code restricted}).
 * An incoming document's {@code handedTo} and {@code handedOn} (columns 7 and 8) come from the
 * leader's instruction: the lead handler and co-handlers, and the day it was given.
 */
public record RegisterRow(
    long documentId,
    int number,
    String numberText,
    Instant receivedAt,
    String notation,
    LocalDate documentDate,
    String typeName,
    String subject,
    String issuerName,
    String signerName,
    String recipients,
    String keptBy,
    Integer copies,
    String urgency,
    String confidentiality,
    String status,
    String notes,
    String handedTo,
    LocalDate handedOn,
    boolean restricted) {}
