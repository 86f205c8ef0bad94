/** REST resources of the workflow: handling, approval, inbox, follow-up, history. */
package vn.eoffice.web.workflow;
