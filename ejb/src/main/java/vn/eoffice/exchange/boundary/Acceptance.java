package vn.eoffice.exchange.boundary;

/**
 * The clerk accepts a package: the document type when the package's type name matches none of the
 * agency's (else the matching one), and whether to register it although the same issuer, số ký hiệu
 * and date are registered this year.
 */
public record Acceptance(Long typeId, boolean confirmDuplicate) {}
