/** The signed-in session: who I am, my navigation and CSRF token, my language, signing out. */
package vn.eoffice.web.session;
