/** Exchange between agencies: control. */
package vn.eoffice.exchange.control;
