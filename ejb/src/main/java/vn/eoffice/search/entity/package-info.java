/** The search journal. */
package vn.eoffice.search.entity;
