/**
 * People: user accounts, their roles and unit membership, passwords and sign-in with lock-out.
 * Passwords never leave this component, not even hashed.
 */
package vn.eoffice.people;
