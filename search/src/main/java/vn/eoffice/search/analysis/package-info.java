/**
 * Text analysis for Vietnamese: small Lucene chains (char filters, tokenizer, token filters) that
 * need no native code. Nothing here knows about documents or indexes.
 */
package vn.eoffice.search.analysis;
