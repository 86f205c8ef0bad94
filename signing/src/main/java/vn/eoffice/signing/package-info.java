/**
 * Signing: fingerprints of document versions and, later, PAdES signatures (EU DSS) made with
 * PKCS#11 tokens and the organisation's HSM. Plain Java: nothing here may depend on the container,
 * so the module can be tested and benchmarked alone.
 */
package vn.eoffice.signing;
