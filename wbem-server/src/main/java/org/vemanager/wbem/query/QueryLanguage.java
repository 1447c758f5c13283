package org.vemanager.wbem.query;

import java.util.Locale;
import java.util.Optional;

/** The query languages the server accepts, by the names clients send in QueryLanguage. */
public enum QueryLanguage {
    /** WQL as WBEM clients send it: LIKE patterns use {@code %} and {@code _}. */
    WQL("WQL"),
    /** The DSP0202 CQL subset: LIKE patterns are CQL's basic regular expressions. */
    CQL("DMTF:CQL");

    private final String wireName;

    QueryLanguage(String wireName) {
        this.wireName = wireName;
    }

    /** The name as it appears in QueryLanguage / FilterQueryLanguage. */
    public String wireName() {
        return wireName;
    }

    /** The language for a client's name (case-insensitive; "CQL" is accepted for DMTF:CQL). */
    public static Optional<QueryLanguage> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "WQL" -> Optional.of(WQL);
            case "DMTF:CQL", "CQL" -> Optional.of(CQL);
            default -> Optional.empty();
        };
    }
}
