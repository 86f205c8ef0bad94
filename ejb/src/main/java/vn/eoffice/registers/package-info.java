/**
 * Sổ đăng ký văn bản: document types, the incoming and outgoing registers and their gapless yearly
 * numbering (Decree 30/2020/NĐ-CP, art. 15 and 22). Documents themselves live in {@code documents}.
 */
package vn.eoffice.registers;
