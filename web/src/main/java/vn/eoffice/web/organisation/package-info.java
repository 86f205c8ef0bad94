/** {@code /api/agency} and {@code /api/units}: the organisation tree over HTTP. */
package vn.eoffice.web.organisation;
