package vn.eoffice.recognition.entity;

/** Where a scan's recognition stands. */
public enum RecognitionState {
  /** Asked for, not begun. */
  WAITING,
  /** Being read; its pages done are counted as they finish. */
  WORKING,
  /** Read: the text and the searchable PDF are kept. */
  DONE,
  /** Tried and failed every time it was tried; the reason is kept. */
  FAILED
}
