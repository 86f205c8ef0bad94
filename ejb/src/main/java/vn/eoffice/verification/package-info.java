/**
 * Verification of issued documents by QR code, as provinces already use it: every issued document
 * carries a QR code (placed before it is signed, so the signatures cover it) that opens a public
 * page on the issuing installation saying what was issued, the SHA-256 of the issued file and
 * whether its signatures hold; anyone may upload a copy there to learn whether it is the issued
 * file.
 */
package vn.eoffice.verification;
