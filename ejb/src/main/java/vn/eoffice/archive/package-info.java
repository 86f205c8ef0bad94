/**
 * Case files and the archive (Decree 30/2020 ch. IV, Phụ lục VI; the Archive Law 2024): the file
 * plan of each year, the case files opened from it or outside it, the documents they hold.
 */
package vn.eoffice.archive;
