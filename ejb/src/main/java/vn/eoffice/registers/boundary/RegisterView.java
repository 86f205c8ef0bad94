package vn.eoffice.registers.boundary;

import vn.eoffice.registers.entity.DocumentRegister;

/** A register with the last number its series gave this year. */
public record RegisterView(
    long id,
    String direction,
    String name,
    boolean confidential,
    Long documentTypeId,
    String documentTypeName,
    boolean active,
    int year,
    int lastNumber) {

  public static RegisterView of(DocumentRegister register, int year, int lastNumber) {
    return new RegisterView(
        register.getId(),
        register.getDirection().name(),
        register.getName(),
        register.isConfidential(),
        register.getDocumentType() == null ? null : register.getDocumentType().getId(),
        register.getDocumentType() == null ? null : register.getDocumentType().getName(),
        register.isActive(),
        year,
        lastNumber);
  }
}
