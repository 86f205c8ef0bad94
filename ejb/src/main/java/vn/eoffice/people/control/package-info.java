/** Password hashing and generation; no transactions, no entity manager. */
package vn.eoffice.people.control;
