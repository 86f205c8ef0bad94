/** Case files and the archive over HTTP: the year's file plan, case files and their documents. */
package vn.eoffice.web.archive;
