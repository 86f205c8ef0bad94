/** Verification by QR code: boundary. */
package vn.eoffice.verification.boundary;
