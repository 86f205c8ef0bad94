/**
 * Digital signatures on outgoing documents: the leader signs with the USB token on their own PC in
 * two steps through the signing agent, the clerk's issue adds the organisation's seal from the HSM,
 * and every signed PDF is validated with a readable report and DSS's full one.
 */
package vn.eoffice.signatures;
