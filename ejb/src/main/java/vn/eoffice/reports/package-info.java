/**
 * Reports: the dashboard of received, issued and handled documents per month, on-time rate, average
 * handling time and overdue work, for the agency and for each unit, and its XLSX export.
 */
package vn.eoffice.reports;
