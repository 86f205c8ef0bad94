package vn.eoffice.reports.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The facts of one lead line of a handling form that the figures need.
 *
 * @param finishedAt null while the line is open
 * @param deadline null when none was set
 * @param open the line is not done (new, in progress, or passed on inside the unit)
 */
public record LeadLine(Instant assignedAt, Instant finishedAt, LocalDate deadline, boolean open) {}
