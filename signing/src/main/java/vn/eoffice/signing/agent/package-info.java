/**
 * The signing agent users install on their PC: it reaches the USB token through the vendor's
 * PKCS#11 library and signs, for the e-Office web page and only for the servers it was installed
 * for, the data the server prepared, after the user confirmed and typed the PIN in the agent.
 */
package vn.eoffice.signing.agent;
