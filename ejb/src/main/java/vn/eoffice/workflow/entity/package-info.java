/** Assignments (lines of the handling form), progress reports, extensions, workflow events. */
package vn.eoffice.workflow.entity;
