/** Verification by QR code: control. */
package vn.eoffice.verification.control;
