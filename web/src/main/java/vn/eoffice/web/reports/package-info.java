/** The dashboard over REST: its figures as JSON and as an XLSX workbook. */
package vn.eoffice.web.reports;
