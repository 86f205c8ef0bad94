/** {@code /api/users}: user administration over HTTP; the rules are in the people boundary. */
package vn.eoffice.web.people;
