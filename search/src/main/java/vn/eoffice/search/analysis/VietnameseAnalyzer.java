package vn.eoffice.search.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Vietnamese text as searchers type it: with or without diacritics.
 *
 * <p>NFC normalisation first (legacy files and macOS send NFD), then one token per syllable, then
 * folding that lowercases and drops diacritics, {@code đ} included, so that {@code "quyet dinh"}
 * matches {@code "Quyết định"}. Vietnamese words are mostly two syllables, so adjacent syllable
 * pairs are indexed beside the single syllables: a two-word query then ranks the documents that
 * hold the words together first.
 */
public final class VietnameseAnalyzer extends Analyzer {

  private final boolean syllablePairs;

  /** The full chain, for indexing and querying document text. */
  public VietnameseAnalyzer() {
    this(true);
  }

  /**
   * @param syllablePairs false leaves out the syllable pairs, for short fields and for phrase
   *     queries where positions are what matter
   */
  public VietnameseAnalyzer(boolean syllablePairs) {
    this.syllablePairs = syllablePairs;
  }

  /** Values of a field with several (the catch-all field) never make a phrase across them. */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer syllables = new StandardTokenizer();
    TokenStream folded = new ICUFoldingFilter(syllables);
    if (!syllablePairs) {
      return new TokenStreamComponents(syllables, folded);
    }
    return new TokenStreamComponents(syllables, pairs(folded));
  }

  /** The syllables of the stream and, beside them, every pair of neighbouring syllables. */
  static TokenStream pairs(TokenStream syllables) {
    ShingleFilter pairs = new ShingleFilter(syllables, 2, 2);
    pairs.setOutputUnigrams(true);
    return pairs;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUFoldingFilter(in);
  }
}
