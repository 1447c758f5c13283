package org.vemanager.wbem.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.vemanager.wbem.spi.CimException;
import org.vemanager.wbem.spi.CimStatus;

/**
 * A parsed WQL or DMTF:CQL query (the subset indication filters and ExecQuery need): a SELECT list,
 * one FROM class and an optional WHERE clause. Immutable and thread-safe.
 *
 * <p>What is supported: {@code SELECT *} or property names ({@code Prop}, {@code Class.Prop},
 * {@code Class.*}); comparisons {@code = <> != < <= > >=} between property paths and string,
 * number, boolean or datetime (as string) literals; {@code AND}, {@code OR}, {@code NOT} with the
 * usual precedence and parentheses; {@code IS [NOT] NULL}; {@code ISA}; {@code [NOT] LIKE} (WQL
 * {@code %}/{@code _}/{@code [set]} patterns, CQL {@code .}/{@code *}/{@code [set]}/{@code \} —
 * see {@link LikePatterns}). Property paths reach into embedded instances
 * ({@code SourceInstance.Name}) and take CQL's class scoping
 * ({@code SourceInstance.CIM_ComputerSystem::EnabledState}). Keywords and property names are
 * case-insensitive; string comparison is case-sensitive. Not supported: joins, several FROM
 * classes, functions, arithmetic, array predicates (ANY/EVERY) — an array property compares as
 * UNKNOWN — and SELECT of paths inside embedded instances (the top-level property is kept).
 */
public final class Query {

    private final QueryLanguage language;
    private final String text;
    private final Parser.Parsed parsed;
    private final List<String> selectList;

    private Query(QueryLanguage language, String text, Parser.Parsed parsed) {
        this.language = language;
        this.text = text;
        this.parsed = parsed;
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (!parsed.selectAll()) {
            for (Operand.PropertyPath path : parsed.select()) {
                String name = path.topLevelName(parsed.fromClass());
                if (seen.add(name.toLowerCase(Locale.ROOT))) {
                    names.add(name);
                }
            }
        }
        this.selectList = List.copyOf(names);
    }

    /**
     * Parses {@code text} in {@code language} ("WQL", "DMTF:CQL"; case-insensitive).
     *
     * @throws CimException QUERY_LANGUAGE_NOT_SUPPORTED for another language, INVALID_QUERY with the
     *     position and what was expected for a text that does not parse
     */
    public static Query parse(String language, String text) throws CimException {
        QueryLanguage lang = QueryLanguage.of(language).orElseThrow(() -> new CimException(
                CimStatus.QUERY_LANGUAGE_NOT_SUPPORTED,
                "Query language '" + language + "' is not supported; use WQL or DMTF:CQL"));
        if (text == null || text.isBlank()) {
            throw new CimException(CimStatus.INVALID_QUERY, "Invalid query: the query text is empty");
        }
        return new Query(lang, text, new Parser(lang, Lexer.tokenize(text)).query());
    }

    static CimException invalid(int position, String message) {
        return new CimException(CimStatus.INVALID_QUERY, "Invalid query at position " + position + ": " + message);
    }

    public QueryLanguage language() {
        return language;
    }

    public String text() {
        return text;
    }

    /** The class named after FROM, as written. */
    public String fromClass() {
        return parsed.fromClass();
    }

    /** The selected property names, in order; empty when every property is selected. */
    public List<String> selectList() {
        return selectList;
    }

    /** True when {@code instance} is of the FROM class (or a subclass) and the WHERE clause is TRUE. */
    public boolean matches(CIMInstance instance, ClassHierarchy hierarchy) {
        String className = instance.getClassName();
        if (!className.equalsIgnoreCase(parsed.fromClass()) && !hierarchy.isA(className, parsed.fromClass())) {
            return false;
        }
        if (parsed.where() == null) {
            return true;
        }
        return Boolean.TRUE.equals(parsed.where().evaluate(new Operand.Scope(instance, parsed.fromClass(), hierarchy)));
    }

    /** The instance with only the selected properties (all of them for {@code SELECT *}); same path. */
    public CIMInstance project(CIMInstance instance) {
        if (selectList.isEmpty()) {
            return instance;
        }
        List<CIMProperty<?>> kept = new ArrayList<>();
        for (CIMProperty<?> property : instance.getProperties()) {
            if (selectList.stream().anyMatch(property.getName()::equalsIgnoreCase)) {
                kept.add(property);
            }
        }
        return new CIMInstance(instance.getObjectPath(), kept.toArray(new CIMProperty<?>[0]));
    }

    @Override
    public String toString() {
        return language.wireName() + ": " + text;
    }
}
