/** The user account entity and the roles a user can hold. */
package vn.eoffice.people.entity;
