/**
 * edXML, the package format of QCVN 102:2016/BTTTT (amended 2022) in which Vietnamese agencies send
 * each other documents and report back what they did with them. {@link EdXmlWriter} writes a
 * package or a status message in the standard's structure, {@link EdXmlReader} reads them back and
 * reads other systems' messages leniently, {@link EdXmlSchema} validates against the standard's
 * element structure and {@link EdXmlSignature} signs and verifies the enveloped XML signature.
 */
package vn.eoffice.edxml;
