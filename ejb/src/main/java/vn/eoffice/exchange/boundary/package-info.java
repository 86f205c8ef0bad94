/** Exchange between agencies: boundary. */
package vn.eoffice.exchange.boundary;
