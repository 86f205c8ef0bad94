/** Services: register and type administration, register pages and exports. No numbering here. */
package vn.eoffice.registers.boundary;
