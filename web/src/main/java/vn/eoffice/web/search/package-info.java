/** Tra cứu văn bản over REST. */
package vn.eoffice.web.search;
