/**
 * The JAX-RS application under {@code /api}: RFC 9457 problem details for every error, and the
 * OpenAPI description. Resources live with their business component (session, people, …).
 */
package vn.eoffice.web.api;
