/** Sign-in (credentials check with lock-out) and user administration for administrators. */
package vn.eoffice.people.boundary;
