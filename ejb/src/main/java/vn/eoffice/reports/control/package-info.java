/** Figures computed from the facts the service loads, and the dashboard's workbook. */
package vn.eoffice.reports.control;
