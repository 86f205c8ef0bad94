package vn.eoffice.search.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.eoffice.search.analysis.AnalyzedTerms;
import vn.eoffice.search.analysis.ExactSyllableAnalyzer;
import vn.eoffice.search.analysis.FunctionWords;
import vn.eoffice.search.analysis.Notations;
import vn.eoffice.search.analysis.VietnameseAnalyzer;
import vn.eoffice.search.index.SearchSyntax.Clause;
import vn.eoffice.search.index.SearchSyntax.FieldValue;
import vn.eoffice.search.index.SearchSyntax.Notation;
import vn.eoffice.search.index.SearchSyntax.Phrase;
import vn.eoffice.search.index.SearchSyntax.Word;

/**
 * The search box's language ({@link SearchSyntax}) in Lucene queries.
 *
 * <p>Words are ranked by BM25 over their syllables and the pairs of syllables typed side by side
 * (the compound words that carry Vietnamese meaning), in one ranking. A few keywords must all be
 * found (up to {@value #ALL_REQUIRED} words of meaning); a longer query — a question, a sentence
 * pasted from a petition — finds every document holding one of its words of meaning and ranks them,
 * so that an article worded differently from the question is still offered. Function words ({@link
 * FunctionWords}) are never demanded. Phrases, field values and số ký hiệu must match; {@code
 * -excluded} parts must not.
 */
final class SearchQueries {

  /** Up to this many words of meaning, a document must hold each of them. */
  static final int ALL_REQUIRED = 3;

  /**
   * What finds the documents (the total, the facet counts, a first ranking by the words), the
   * documents the searcher may read, what reorders the best of them (null: nothing to boost), and
   * the words typed, for the snippets (null: none typed).
   */
  record Queries(
      Query matching,
      Query counting,
      Query offered,
      Query readable,
      Query boosts,
      Query highlight) {}

  /**
   * How the words rank the documents, and the documents they find without ranking them; {@code
   * loose} when the ranking also scores documents the words do not find (a question's function
   * words), which are then left out as they are offered to the ranking.
   */
  private record WordQueries(Query ranking, Query finding, boolean loose) {}

  private final Analyzer syllables = new VietnameseAnalyzer(false);
  private final Analyzer withPairs = new VietnameseAnalyzer(true);
  private final Analyzer exact = new ExactSyllableAnalyzer();

  Queries of(SearchRequest request) {
    if (request.access().isEmpty()) {
      Query none = new MatchNoDocsQuery("the searcher may read nothing");
      return new Queries(none, none, null, none, none, null);
    }
    BooleanQuery.Builder matching = new BooleanQuery.Builder();
    // The same documents as matching, without what only ranks them: the counting pass visits every
    // match, and a question's dozens of syllable pairs and function words find none of its own.
    BooleanQuery.Builder counting = new BooleanQuery.Builder();
    List<String> marked = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<Clause> ranked = new ArrayList<>();
    boolean positive = false;
    for (Clause clause : SearchSyntax.parse(request.query())) {
      if (clause instanceof Word word && !word.excluded()) {
        words.add(word);
        ranked.add(word);
        continue;
      }
      if (clause instanceof Phrase && !clause.excluded()) {
        ranked.add(clause);
      }
      Query part;
      if (clause instanceof Word || clause instanceof Phrase) {
        part = wordQuery(clause.text());
      } else if (clause instanceof Notation notation) {
        part = new TermQuery(new Term(IndexFields.NOTATION_KEY, Notations.key(notation.text())));
      } else {
        part = fieldQuery((FieldValue) clause);
      }
      if (part == null) {
        continue;
      }
      if (clause.excluded()) {
        matching.add(part, Occur.MUST_NOT);
        counting.add(part, Occur.MUST_NOT);
        continue;
      }
      if (!(clause instanceof Notation)) {
        marked.addAll(AnalyzedTerms.of(syllables, clause.text()));
      }
      // A phrase decides what is found; its words rank with the others.
      matching.add(part, clause instanceof Phrase ? Occur.FILTER : Occur.MUST);
      counting.add(part, Occur.FILTER);
      positive = true;
    }
    List<Query> boosts = new ArrayList<>();
    WordQueries typed = words(words, ranked, marked, boosts);
    if (typed != null) {
      matching.add(typed.ranking(), Occur.MUST);
      if (typed.finding() != null) {
        counting.add(typed.finding(), Occur.FILTER);
      }
      positive = true;
    }
    if (!positive) {
      matching.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    counting.add(new MatchAllDocsQuery(), Occur.MUST);
    for (Map.Entry<Facet, List<String>> filter : request.filters().entrySet()) {
      if (filter.getValue().isEmpty()) {
        continue;
      }
      BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
      for (String value : filter.getValue()) {
        anyOf.add(
            new TermQuery(new Term(IndexFields.filter(filter.getKey()), value)), Occur.SHOULD);
      }
      matching.add(anyOf.build(), Occur.FILTER);
      counting.add(anyOf.build(), Occur.FILTER);
    }
    BooleanQuery.Builder boosting = new BooleanQuery.Builder();
    boosts.forEach(b -> boosting.add(b, Occur.SHOULD));
    Query counted = counting.build();
    return new Queries(
        matching.build(),
        counted,
        typed != null && typed.loose() ? counted : null,
        readableWith(request.access()),
        boosts.isEmpty() ? null : boosting.build(),
        highlight(marked));
  }

  /**
   * The words typed: which documents they find and how those rank (null: no word), with what
   * reorders the best of them added to {@code boosts} and the syllables to mark to {@code marked}.
   *
   * <p>The ranking is BM25 over every syllable and syllable pair typed, each as often as typed,
   * exactly as a plain BM25 search over the same tokens; what a document must hold only decides
   * which documents take part. Up to {@value #ALL_REQUIRED} words of meaning must all be found
   * (unless a question quotes a phrase: then the phrase must); more need only one. Keywords — no
   * function word, no question mark — have their best three pages reordered by where the words
   * stand (the subject, the số ký hiệu, exactly the diacritics typed); a question's ranking ("người
   * giúp sức là ai?", or any longer text) is left to the words' statistics: on real questions over
   * legal text the keywords' boosts rank worse than the words alone (see
   * LegalQuestionsRelevanceTest).
   */
  private WordQueries words(
      List<Word> words, List<Clause> ranked, List<String> marked, List<Query> boosts) {
    List<Word> meaningful = words.stream().filter(w -> !FunctionWords.is(w.text())).toList();
    if (meaningful.isEmpty()) {
      meaningful = words; // "của các": nothing else was typed, so these are what is looked for
    }
    Set<String> demanded = new LinkedHashSet<>();
    List<Query> found = new ArrayList<>();
    for (Word word : meaningful) {
      Query query = wordQuery(word.text());
      if (query != null) {
        found.add(query);
        List<String> terms = AnalyzedTerms.of(syllables, word.text());
        marked.addAll(terms);
        demanded.addAll(terms);
      }
    }
    if (found.isEmpty() && ranked.isEmpty()) {
      return null;
    }
    String typed = String.join(" ", words.stream().map(Word::text).toList());
    String rankedText = String.join(" ", ranked.stream().map(Clause::text).toList());
    // Keywords, not a question or a sentence: few words of meaning, no function word, no "?".
    boolean keywords =
        found.size() <= ALL_REQUIRED
            && meaningful.size() == words.size()
            && !typed.strip().endsWith("?");
    // A few words of meaning are all demanded, unless a question quotes what it asks about
    // (định nghĩa của "quan hệ lao động"?): the article holds the quoted words, not the others.
    boolean demandAll =
        found.size() <= ALL_REQUIRED
            && (keywords || ranked.stream().noneMatch(c -> c instanceof Phrase));
    BooleanQuery.Builder ranking = new BooleanQuery.Builder();
    BooleanQuery.Builder finding = new BooleanQuery.Builder();
    if (demandAll) {
      found.forEach(q -> ranking.add(q, Occur.MUST));
      found.forEach(q -> finding.add(q, Occur.MUST));
    } else {
      demanded.forEach(
          syllable ->
              finding.add(new TermQuery(new Term(IndexFields.ALL, syllable)), Occur.SHOULD));
    }
    // Every token once for each time it was typed, as BM25 weighs a query's terms; a syllable
    // demanded of keywords is already ranked by its own clause. A question's ranking is one
    // disjunction of all its tokens, whose best matches Lucene finds without scoring every match
    // (block-max WAND); the documents it scores for function words alone are left out as they are
    // offered to the ranking (see Queries#offered), not by a clause every match would pay for.
    for (String token : AnalyzedTerms.of(withPairs, rankedText)) {
      if (demandAll && token.indexOf(' ') < 0 && demanded.contains(token)) {
        continue;
      }
      ranking.add(new TermQuery(new Term(IndexFields.ALL, token)), Occur.SHOULD);
    }
    if (!demandAll) {
      return new WordQueries(ranking.build(), finding.build(), true);
    }
    BooleanQuery find = finding.build();
    WordQueries queries =
        new WordQueries(ranking.build(), find.clauses().isEmpty() ? null : find, false);
    if (!keywords) {
      return queries;
    }
    String meant = String.join(" ", meaningful.stream().map(Word::text).toList());
    // Syllables typed side by side in the subject rank first.
    for (String pair : new LinkedHashSet<>(AnalyzedTerms.of(withPairs, meant))) {
      if (pair.indexOf(' ') > 0) {
        boosts.add(new BoostQuery(new TermQuery(new Term(IndexFields.SUBJECT, pair)), 3f));
      }
    }
    // A word in the subject, the số ký hiệu or the issuer weighs more than one in the text.
    for (String term : new LinkedHashSet<>(AnalyzedTerms.of(syllables, meant))) {
      boosts.add(anyField(term, IndexFields.WORD_FIELDS));
    }
    // Exactly the diacritics typed, in the subject, rank above words that only fold to the same
    // letters (in the long text the same check would cost more than it tells).
    for (String term : new LinkedHashSet<>(AnalyzedTerms.of(exact, meant))) {
      boosts.add(new BoostQuery(new TermQuery(new Term(IndexFields.SUBJECT_EXACT, term)), 1.5f));
    }
    return queries;
  }

  private static Query highlight(List<String> marked) {
    if (marked.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    for (String term : new LinkedHashSet<>(marked)) {
      terms.add(new TermQuery(new Term(IndexFields.SUBJECT, term)), Occur.SHOULD);
      terms.add(new TermQuery(new Term(IndexFields.CONTENT, term)), Occur.SHOULD);
    }
    return terms.build();
  }

  /** The documents sharing one of the searcher's keys. */
  static Query readableWith(Set<String> access) {
    return new TermInSetQuery(IndexFields.ACCESS, access.stream().map(BytesRef::new).toList());
  }

  /**
   * A word, or the syllables of a phrase in order, anywhere in the document. The index holds every
   * pair of neighbouring syllables as one term, so a phrase is found by its pairs: two syllables
   * are one term (no positions to check), three or more are their pairs one after the other, far
   * rarer than the single syllables.
   */
  private Query wordQuery(String text) {
    List<String> terms = AnalyzedTerms.of(syllables, text);
    if (terms.size() <= 1) {
      return terms.isEmpty() ? null : new TermQuery(new Term(IndexFields.ALL, terms.get(0)));
    }
    if (terms.size() == 2) {
      return new TermQuery(new Term(IndexFields.ALL, terms.get(0) + " " + terms.get(1)));
    }
    PhraseQuery.Builder pairs = new PhraseQuery.Builder();
    for (int i = 0; i + 1 < terms.size(); i++) {
      pairs.add(new Term(IndexFields.ALL, terms.get(i) + " " + terms.get(i + 1)), i);
    }
    return pairs.build();
  }

  private Query fieldQuery(FieldValue clause) {
    String value = clause.text().strip();
    return switch (clause.field()) {
      case NOTATION -> new TermQuery(new Term(IndexFields.NOTATION_KEY, Notations.key(value)));
      case YEAR -> new TermQuery(new Term(IndexFields.filter(Facet.YEAR), value));
      case DIRECTION ->
          new TermQuery(new Term(IndexFields.filter(Facet.DIRECTION), direction(value)));
      case STATUS ->
          new TermQuery(new Term(IndexFields.filter(Facet.STATUS), value.toUpperCase(Locale.ROOT)));
      case TYPE -> inField(IndexFields.TYPE, value);
      case ISSUER -> inField(IndexFields.ISSUER, value);
      case SIGNER -> inField(IndexFields.SIGNER, value);
      case SUBJECT -> inField(IndexFields.SUBJECT, value);
      case CONTENT -> inField(IndexFields.CONTENT, value);
      case HANDLER -> inField(IndexFields.HANDLERS, value);
    };
  }

  private static String direction(String value) {
    String folded = Notations.key(value);
    return switch (folded) {
      case "DEN", "INCOMING" -> "INCOMING";
      case "DI", "OUTGOING" -> "OUTGOING";
      default -> folded;
    };
  }

  private Query inField(String field, String text) {
    List<String> terms = AnalyzedTerms.of(syllables, text);
    if (terms.isEmpty()) {
      return null;
    }
    return terms.size() == 1
        ? new TermQuery(new Term(field, terms.get(0)))
        : new PhraseQuery(field, terms.toArray(String[]::new));
  }

  private static Query anyField(String term, Map<String, Float> fields) {
    List<Query> perField = new ArrayList<>();
    fields.forEach(
        (field, boost) ->
            perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
    return new DisjunctionMaxQuery(perField, 0.1f);
  }
}
