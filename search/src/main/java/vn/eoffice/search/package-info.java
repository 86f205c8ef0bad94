/**
 * Search: Vietnamese full-text indexing and querying with Apache Lucene. Plain Java with no
 * container dependency; the ejb module feeds it documents and enforces permissions on results.
 */
package vn.eoffice.search;
