package vn.eoffice.workflow.entity;

/** The part an assignee plays: chủ trì (lead), phối hợp (co-handler), or nơi nhận (recipient). */
public enum HandlingRole {
  LEAD,
  COOPERATE,
  RECIPIENT
}
