/**
 * The launcher: reads the environment, checks the database, starts embedded TomEE and deploys the
 * EAR, the same EAR the integration tests deploy. No business code here.
 */
package vn.eoffice.app;
