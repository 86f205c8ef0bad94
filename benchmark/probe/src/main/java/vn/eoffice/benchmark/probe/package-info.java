/**
 * Deployed by the benchmark only, inside the application's EAR: registers incoming documents
 * through the service layer as the demo clerk, from many threads, and checks the series after.
 */
package vn.eoffice.benchmark.probe;
