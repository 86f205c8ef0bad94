/** Signatures in the making and the images signatures show. */
package vn.eoffice.signatures.entity;
