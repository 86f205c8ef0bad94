/** Exchange between agencies: entity. */
package vn.eoffice.exchange.entity;
