/** Signing, sealing and validation as the leader, the clerk and the UI ask for them. */
package vn.eoffice.signatures.boundary;
