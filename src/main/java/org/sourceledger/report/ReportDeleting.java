package org.sourceledger.report;

import java.util.UUID;

/**
 * Fired synchronously, in the deleting transaction, before a report is deleted. An observer that must keep the
 * report (because something of its feature still refers to it) throws a ProblemException, which refuses the delete.
 */
public record ReportDeleting(UUID reportId) {}
