package vn.eoffice.search.index;

/**
 * A document whose content is nearly the same text as another's.
 *
 * @param similarity the estimated share of word shingles in common, 0 to 1
 */
public record SimilarDocument(long id, String notation, String subject, double similarity) {}
