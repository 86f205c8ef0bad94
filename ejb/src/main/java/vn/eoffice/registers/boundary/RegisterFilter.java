package vn.eoffice.registers.boundary;

import java.time.LocalDate;
import vn.eoffice.documents.entity.DocumentStatus;
import vn.eoffice.documents.entity.Urgency;

/**
 * Which lines of a register to show: the register and year (default: the incoming register, this
 * year), a date range (ngày đến for incoming, ngày văn bản for outgoing), a type, an urgency, a
 * status. Null means no restriction.
 */
public record RegisterFilter(
    Long registerId,
    Integer year,
    LocalDate from,
    LocalDate to,
    Long typeId,
    Urgency urgency,
    DocumentStatus status) {}
