/**
 * Text recognition (OCR) of scanned files: images and PDFs without a text layer are read with
 * Tesseract and its Vietnamese model in the background, on the one node holding the queue's lease;
 * the text goes to the search index, the comparison and the "possibly registered already" check,
 * and the scan gets a copy with a searchable text layer.
 */
package vn.eoffice.recognition;
