/** {@code /health}: public liveness and database status for operators and load balancers. */
package vn.eoffice.web.health;
