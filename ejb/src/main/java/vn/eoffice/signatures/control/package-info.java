/** The signing configuration (levels, time stamps, trust anchors) and the organisation's HSM. */
package vn.eoffice.signatures.control;
