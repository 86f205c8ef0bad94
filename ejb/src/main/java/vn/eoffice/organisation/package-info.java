/**
 * The organisation tree: an agency (cơ quan) and its units (đơn vị), nested as the agency decides.
 */
package vn.eoffice.organisation;
