/** The images signatures show: each signer's own and the organisation's seal. */
package vn.eoffice.web.signatures;
