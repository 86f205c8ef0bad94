/** Searching documents, and rebuilding the index. */
package vn.eoffice.search.boundary;
