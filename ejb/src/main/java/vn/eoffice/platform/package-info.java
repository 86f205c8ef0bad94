/**
 * What every business component stands on: settings, schema migrations and the error values that
 * boundaries throw. No business rules live here.
 */
package vn.eoffice.platform;
