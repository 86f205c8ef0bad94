package vn.eoffice.search.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import vn.eoffice.search.analysis.AnalyzedText;
import vn.eoffice.search.analysis.Notations;
import vn.eoffice.search.compare.Fingerprint;

/**
 * How an e-Office document becomes a Lucene document: which of its values are found through which
 * field, which are stored to be shown, which are facets and filters (see {@link IndexFields}).
 */
final class LuceneDocuments {

  /** Subject and content with offsets in the postings: snippets need no re-analysis. */
  private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    WITH_OFFSETS.freeze();
  }

  private LuceneDocuments() {}

  static Document of(IndexedDocument d) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, String.valueOf(d.id()), Field.Store.YES));
    for (String key : d.access()) {
      doc.add(new StringField(IndexFields.ACCESS, key, Field.Store.NO));
    }
    // The content is analysed once, for the catch-all field and for its own.
    AnalyzedText content = d.content().isBlank() ? null : AnalyzedText.of(d.content());
    for (String value :
        java.util.Arrays.asList(d.subject(), d.notation(), d.issuer(), d.type(), d.signer())) {
      text(doc, IndexFields.ALL, value, false);
    }
    if (content != null) {
      doc.add(new TextField(IndexFields.ALL, content.withPairs()));
    }
    for (String handler : d.handlers()) {
      text(doc, IndexFields.ALL, handler, false);
    }
    doc.add(new NumericDocValuesField(IndexFields.ID_ORDER, d.id()));
    if (d.subject() != null && !d.subject().isBlank()) {
      doc.add(new Field(IndexFields.SUBJECT, d.subject(), WITH_OFFSETS));
    }
    text(doc, IndexFields.SUBJECT_EXACT, d.subject(), false);
    if (content != null) {
      Field field = new Field(IndexFields.CONTENT, d.content(), WITH_OFFSETS);
      field.setTokenStream(content.syllables());
      doc.add(field);
    }
    text(doc, IndexFields.ISSUER, d.issuer(), true);
    text(doc, IndexFields.SIGNER, d.signer(), false);
    text(doc, IndexFields.TYPE, d.type(), true);
    text(doc, IndexFields.NOTATION, d.notation(), true);
    for (String handler : d.handlers()) {
      text(doc, IndexFields.HANDLERS, handler, false);
    }
    if (d.notation() != null && !d.notation().isBlank()) {
      doc.add(
          new StringField(IndexFields.NOTATION_KEY, Notations.key(d.notation()), Field.Store.NO));
    }
    Fingerprint fingerprint = Fingerprint.of(d.content());
    if (fingerprint != null) {
      // Points, not terms: sixteen keys of their own per document would fill the term dictionary
      // with terms found once, the dearest part of indexing a document.
      for (long key : fingerprint.bandKeys()) {
        doc.add(new LongPoint(IndexFields.FINGERPRINT_BAND, key));
      }
      doc.add(new StoredField(IndexFields.FINGERPRINT, fingerprint.toBytes()));
    }
    long day = d.date() == null ? 0 : d.date().toEpochDay();
    doc.add(new NumericDocValuesField(IndexFields.DATE, day));
    doc.add(new LongPoint(IndexFields.DATE, day));
    if (d.date() != null) {
      doc.add(new StoredField(IndexFields.DATE, day));
    }
    if (d.number() != null) {
      doc.add(new StoredField(IndexFields.NUMBER, d.number()));
    }
    doc.add(new StoredField(IndexFields.DIRECTION, d.direction()));
    if (d.status() != null) {
      doc.add(new StoredField(IndexFields.STATUS, d.status()));
    }
    facet(doc, Facet.YEAR, d.year() == null ? null : d.year().toString());
    facet(doc, Facet.TYPE, d.type());
    facet(doc, Facet.ISSUER, d.issuer());
    facet(doc, Facet.REGISTER, d.register());
    facet(doc, Facet.DIRECTION, d.direction());
    facet(doc, Facet.URGENCY, d.urgency());
    facet(doc, Facet.STATUS, d.status());
    return doc;
  }

  private static void text(Document doc, String field, String value, boolean stored) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }
  }

  private static void facet(Document doc, Facet facet, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(facet.key(), value));
      doc.add(new StringField(IndexFields.filter(facet), value, Field.Store.NO));
    }
  }
}
