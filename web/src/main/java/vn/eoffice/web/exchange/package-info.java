/**
 * Exchange between agencies over HTTP: the receiving endpoint and the API of the queue, the
 * recipients and the directory.
 */
package vn.eoffice.web.exchange;
