package org.xinye.ledger.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose ledger this is: the city (its records come from the roll-up of submissions), one county
 * (区县, by its 12-digit code) or an industry department (行业主管部门) with the industries it
 * oversees. A county or department ledger submits (上报); the city rolls submissions up (汇总).
 */
public record LedgerScope(Kind kind, String countyCode, String department, Set<Industry> industries) {
    public enum Kind { CITY, COUNTY, DEPARTMENT }

    public LedgerScope {
        industries = industries == null || industries.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(industries));
        switch (kind) {
            case CITY -> {
                if (countyCode != null || department != null || !industries.isEmpty()) {
                    throw new IllegalArgumentException("a city scope names no county or department");
                }
            }
            case COUNTY -> {
                if (countyCode == null || !countyCode.matches("\\d{12}") || department != null) {
                    throw new IllegalArgumentException("a county scope needs a 12-digit county code: " + countyCode);
                }
            }
            case DEPARTMENT -> {
                if (department == null || department.isBlank() || industries.isEmpty() || countyCode != null) {
                    throw new IllegalArgumentException("a department scope needs a name and its industries");
                }
                department = department.strip();
            }
        }
    }

    public static LedgerScope city() {
        return new LedgerScope(Kind.CITY, null, null, Set.of());
    }

    public static LedgerScope county(String code) {
        return new LedgerScope(Kind.COUNTY, code, null, Set.of());
    }

    public static LedgerScope department(String name, Collection<Industry> industries) {
        return new LedgerScope(Kind.DEPARTMENT, null, name, industries == null ? Set.of() : Set.copyOf(industries));
    }

    /** One text per scope, the same for every ledger of that scope: what replaces what in a roll-up. */
    public String key() {
        return switch (kind) {
            case CITY -> "CITY";
            case COUNTY -> "COUNTY:" + countyCode;
            case DEPARTMENT -> "DEPARTMENT:" + department;
        };
    }

    /** The industries as stored: enum names in order, comma separated; null for none. */
    public String industriesText() {
        return industries.isEmpty() ? null : EnumSet.copyOf(industries).stream().map(Enum::name)
                .collect(Collectors.joining(","));
    }

    /** The industries as people read them: 快递、外卖. */
    public String industriesLabel() {
        return EnumSet.copyOf(industries.isEmpty() ? EnumSet.noneOf(Industry.class) : industries).stream()
                .map(Messages::label).collect(Collectors.joining(Messages.get("scope.separator")));
    }

    /**
     * Industries from a list as typed: {@code 快递,外卖} or {@code EXPRESS,FOOD_DELIVERY}, separated by
     * commas (also 、，) or spaces. An unknown name is refused with the names that are known.
     */
    public static Set<Industry> parseIndustries(String text) {
        Set<Industry> out = EnumSet.noneOf(Industry.class);
        if (text == null) {
            return out;
        }
        for (String part : text.split("[,，、;；\\s]+")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            out.add(industryOf(p));
        }
        return out;
    }

    private static Industry industryOf(String word) {
        for (Industry i : Industry.values()) {
            if (i.name().equalsIgnoreCase(word) || labelIn(i, Messages.CHINESE).equals(word)
                    || labelIn(i, Locale.ENGLISH).equalsIgnoreCase(word)) {
                return i;
            }
        }
        String known = EnumSet.allOf(Industry.class).stream().map(Messages::label)
                .collect(Collectors.joining(Messages.get("scope.separator")));
        throw new InvalidValueException(Problem.of("scope.unknownIndustry", "scope.unknownIndustry", word, known));
    }

    private static String labelIn(Industry i, Locale locale) {
        return Messages.load(locale).getString("enum.Industry." + i.name());
    }
}
