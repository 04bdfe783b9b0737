package org.xinye.ledger.io.sheet;

/** A sheet of a workbook; CSV files have one, named after the file. */
public record SheetInfo(int index, String name, boolean hidden) {
}
