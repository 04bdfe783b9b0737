package org.xinye.ledger.ui.records;

/**
 * What an edit by hand did, as the audit log names it (besides the log's own CREATE,
 * UPDATE, DELETE, UNDO and REVEAL); labels are {@code audit.action.<NAME>}.
 */
public enum EditAction {
    LINK_ORG, UNLINK_ORG, COVER_UNIT, UNCOVER_UNIT, ASSIGN, END_ASSIGNMENT, REMOVE_ASSIGNMENT, ADD_VISIT, REMOVE_VISIT, MEMBERSHIP,
    ADD_ORG_LIFE, REMOVE_ORG_LIFE, ADD_DOUBLE_REPORT, REMOVE_DOUBLE_REPORT, ADD_DESIGNATION, REMOVE_DESIGNATION
}
