package vn.eoffice.documents.boundary;

/**
 * Cấp số: gives an outgoing document its number and date. {@code registerId} picks the series
 * (default: the one for its type and confidentiality); {@code withDraftingUnit} adds the drafting
 * unit to the symbol, e.g. 07/KH-UBND-VHXH (a công văn always carries it when it has one).
 */
public record IssueCommand(Long registerId, boolean withDraftingUnit) {}
