/** The content-addressed file store, file checks and names, attaching uploads. No transactions. */
package vn.eoffice.documents.control;
