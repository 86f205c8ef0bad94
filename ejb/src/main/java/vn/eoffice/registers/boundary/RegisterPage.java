package vn.eoffice.registers.boundary;

import java.util.List;

/** A page of a register's lines, with the total the filter matches. */
public record RegisterPage(
    long registerId,
    String registerName,
    String direction,
    int year,
    long total,
    int offset,
    int limit,
    List<RegisterRow> rows) {}
