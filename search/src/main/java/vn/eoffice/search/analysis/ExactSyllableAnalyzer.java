package vn.eoffice.search.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Syllables as written, diacritics kept (NFC, lowercase): the shadow fields that rank a document
 * holding exactly the typed word ("bản") above one that only folds to it ("bàn", "ban").
 */
public final class ExactSyllableAnalyzer extends Analyzer {

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer syllables = new StandardTokenizer();
    return new TokenStreamComponents(syllables, new LowerCaseFilter(syllables));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
