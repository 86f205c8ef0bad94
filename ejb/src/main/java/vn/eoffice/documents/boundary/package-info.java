/** Services: incoming registration, outgoing drafts and issue, document pages, uploads. */
package vn.eoffice.documents.boundary;
