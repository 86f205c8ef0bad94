/**
 * The web module: the REST API under {@code /api}, the sign-in mechanism and the static UI. Thin:
 * every rule and permission check lives in the ejb module's boundaries.
 */
package vn.eoffice.web;
