/** Start-up hook and the demo organisation it creates. */
package vn.eoffice.setup.boundary;
