/** REST resources for document types, registers, their pages and their exports. */
package vn.eoffice.web.registers;
