/** Registers, their document types and the số ký hiệu value object. */
package vn.eoffice.registers.entity;
