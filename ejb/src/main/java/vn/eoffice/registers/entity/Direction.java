package vn.eoffice.registers.entity;

/** Whether a register or document is incoming (văn bản đến) or outgoing (văn bản đi). */
public enum Direction {
  INCOMING,
  OUTGOING
}
