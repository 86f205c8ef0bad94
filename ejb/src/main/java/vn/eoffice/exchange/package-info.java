/**
 * Exchange between agencies (Decree 30/2020 art. 16-17, 20; Decision 28/2018/QĐ-TTg): issued
 * documents sent as edXML packages to the agencies named as their electronic recipients, received
 * into the clerk's queue, and the statuses each recipient reports back to the sender. Agencies of
 * this installation exchange in the same transaction; others through the persistent outbox over
 * HTTP.
 */
package vn.eoffice.exchange;
