/**
 * Sign-in with Jakarta Security: the identity store that asks the people component, the mechanism
 * that keeps the signed-in user in the HTTP session, and CSRF protection. Every path but the ones
 * in {@link vn.eoffice.web.security.PublicPaths} needs a signed-in user.
 */
package vn.eoffice.web.security;
