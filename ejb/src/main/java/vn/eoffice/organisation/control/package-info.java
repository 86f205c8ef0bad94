/** Setting up an agency on the platform: its first units, registers and administrator. */
package vn.eoffice.organisation.control;
