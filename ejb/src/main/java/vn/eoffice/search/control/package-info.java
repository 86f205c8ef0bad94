/** The index's upkeep: the journal, the documents as the index holds them, the index itself. */
package vn.eoffice.search.control;
