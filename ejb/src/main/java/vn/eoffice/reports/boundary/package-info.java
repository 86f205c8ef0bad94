/** The dashboard service and what it answers. */
package vn.eoffice.reports.boundary;
