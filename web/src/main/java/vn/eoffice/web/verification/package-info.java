/** The public verification page of issued documents, opened by their QR code. */
package vn.eoffice.web.verification;
