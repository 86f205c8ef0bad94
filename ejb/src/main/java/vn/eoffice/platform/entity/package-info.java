/** Converters and small value types shared by the entities of all components. */
package vn.eoffice.platform.entity;
