package org.xinye.ledger.io.imports;

import java.util.Map;

/**
 * The rule behind each issue code in words, without any one row's value: the title of its
 * group. Every code an import can give has one ({@code IssueGroupsTest} checks).
 */
final class IssueTitles {
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("cell.error", "import.group.cellError"),
            Map.entry("name.empty", "import.group.nameEmpty"),
            Map.entry("unit.nameEmpty", "import.group.unitNameEmpty"),
            Map.entry("id.empty", "import.group.idEmpty"),
            Map.entry("id.masked", "import.group.idMasked"),
            Map.entry("id.numeric", "import.group.idNumeric"),
            Map.entry("id.length", "import.group.idLength"),
            Map.entry("id.chars", "import.group.idChars"),
            Map.entry("id.region", "import.group.idRegion"),
            Map.entry("id.birth", "import.group.idBirth"),
            Map.entry("id.check", "import.group.idCheck"),
            Map.entry("dup.id", "import.group.dupId"),
            Map.entry("dup.unit", "import.group.dupUnit"),
            Map.entry("gender.mismatch", "import.group.genderMismatch"),
            Map.entry("birth.mismatch", "import.group.birthMismatch"),
            Map.entry("value.unknown", "import.group.unknownValue"),
            Map.entry("date.invalid", "import.group.dateInvalid"),
            Map.entry("count.invalid", "import.group.countInvalid"),
            Map.entry("mobile.empty", "import.group.mobileEmpty"),
            Map.entry("mobile.invalid", "import.group.mobileInvalid"),
            Map.entry("mobile.masked", "import.group.mobileMasked"),
            Map.entry("uscc.empty", "import.group.creditCodeEmpty"),
            Map.entry("uscc.length", "import.group.creditCodeLength"),
            Map.entry("uscc.chars", "import.group.creditCodeChars"),
            Map.entry("uscc.check", "import.group.creditCodeCheck"),
            Map.entry("employer.unmatched", "import.group.employerUnmatched"),
            Map.entry("employer.ambiguous", "import.group.employerAmbiguous"),
            Map.entry("township.unmatched", "import.group.townshipUnmatched"),
            Map.entry("township.ambiguous", "import.group.townshipAmbiguous"),
            Map.entry("parent.unmatched", "import.group.parentUnmatched"),
            Map.entry("unit.ambiguous", "import.group.unitAmbiguous"),
            Map.entry("unit.codeNameConflict", "import.group.codeNameConflict"),
            Map.entry("org.unmatched", "import.group.orgUnmatched"),
            Map.entry("org.ambiguous", "import.group.orgAmbiguous"),
            Map.entry("relation.notMember", "import.group.relationNotMember"));

    private IssueTitles() {
    }

    /** The title's message key; a code without one (none should be) falls back to a neutral title. */
    static String key(String code) {
        return KEYS.getOrDefault(code, "import.group.other");
    }

    static boolean has(String code) {
        return KEYS.containsKey(code);
    }
}
