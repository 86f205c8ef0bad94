/**
 * Sign-in with Jakarta Authentication: a server auth module that checks credentials through the
 * people component and keeps the signed-in user in the HTTP session, and CSRF protection. Every
 * path but the ones in {@link vn.eoffice.web.security.PublicPaths} needs a signed-in user.
 */
package vn.eoffice.web.security;
