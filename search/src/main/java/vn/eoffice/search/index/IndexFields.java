package vn.eoffice.search.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import vn.eoffice.search.analysis.ExactSyllableAnalyzer;
import vn.eoffice.search.analysis.VietnameseAnalyzer;

/** The index's field names and the analysis of each. */
final class IndexFields {

  static final String ID = "id";
  static final String ACCESS = "access";
  static final String DATE = "date";
  static final String DIRECTION = "direction";
  static final String NUMBER = "number";
  static final String STATUS = "status";

  /** Analyzed text, diacritics folded, syllable pairs added. */
  static final String SUBJECT = "subject";

  static final String CONTENT = "content";
  static final String ISSUER = "issuer";
  static final String SIGNER = "signer";
  static final String TYPE = "type";
  static final String HANDLERS = "handlers";
  static final String NOTATION = "notation";

  /** Every text field at once, for finding: one posting list per word instead of one per field. */
  static final String ALL = "all";

  /** The document id as doc values, to break ties in date order. */
  static final String ID_ORDER = "id.order";

  /** The same text with its diacritics, to rank exact matches first. */
  static final String SUBJECT_EXACT = "subject.exact";

  /** Số ký hiệu as one key ({@link vn.eoffice.search.analysis.Notations#key}). */
  static final String NOTATION_KEY = "notation.key";

  /**
   * The content's MinHash band keys, as long points ({@link
   * vn.eoffice.search.compare.Fingerprint}).
   */
  static final String FINGERPRINT_BAND = "fingerprint.band";

  /** The content's MinHash signature, stored. */
  static final String FINGERPRINT = "fingerprint";

  /** The short fields whose words weigh more than the same words in the text. */
  static final Map<String, Float> WORD_FIELDS =
      Map.of(SUBJECT, 2f, NOTATION, 2f, ISSUER, 1f, TYPE, 1f, SIGNER, 1f);

  /** The exact-filter field of a facet. */
  static String filter(Facet facet) {
    return "f." + facet.key();
  }

  private IndexFields() {}

  /**
   * The catch-all field and the subject hold syllable pairs (the first ranking and the subject's
   * boosts look them up); the other text fields are searched by their syllables only (field values,
   * snippets), so their pairs would be written for nothing.
   */
  static Analyzer analyzer() {
    Analyzer exact = new ExactSyllableAnalyzer();
    Analyzer syllables = new VietnameseAnalyzer(false);
    return new PerFieldAnalyzerWrapper(
        new VietnameseAnalyzer(),
        Map.of(
            SUBJECT_EXACT, exact,
            CONTENT, syllables,
            ISSUER, syllables,
            SIGNER, syllables,
            TYPE, syllables,
            NOTATION, syllables,
            HANDLERS, syllables));
  }
}
