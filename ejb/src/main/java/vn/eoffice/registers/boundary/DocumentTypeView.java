package vn.eoffice.registers.boundary;

import vn.eoffice.registers.entity.DocumentType;

/**
 * A document type as lists and forms show it; {@code national} for the shared list of Phụ lục III,
 * which no agency changes.
 */
public record DocumentTypeView(
    long id, String name, String abbreviation, int sortOrder, boolean active, boolean national) {

  public static DocumentTypeView of(DocumentType type) {
    return new DocumentTypeView(
        type.getId(),
        type.getName(),
        type.getAbbreviation(),
        type.getSortOrder(),
        type.isActive(),
        type.isNational());
  }
}
