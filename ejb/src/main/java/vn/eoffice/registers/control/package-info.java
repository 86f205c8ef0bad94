/** Gapless yearly numbering, register selection and queries, and the printable register table. */
package vn.eoffice.registers.control;
