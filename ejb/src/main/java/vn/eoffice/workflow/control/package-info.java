/** The rules of who may move a document from one state to the next. */
package vn.eoffice.workflow.control;
