/** Reading and changing the organisation tree; changes are for administrators only. */
package vn.eoffice.organisation.boundary;
