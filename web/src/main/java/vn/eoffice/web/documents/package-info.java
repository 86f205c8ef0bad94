/** REST resources for incoming and outgoing documents, their files and uploads. */
package vn.eoffice.web.documents;
