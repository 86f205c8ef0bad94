/** Schema migration at start-up and the exceptions that carry rejected input to the caller. */
package vn.eoffice.platform.boundary;
