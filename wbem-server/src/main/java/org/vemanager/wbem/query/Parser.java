package org.vemanager.wbem.query;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vemanager.wbem.spi.CimException;

/**
 * Recursive descent over the query grammar; one method per rule:
 *
 * <pre>
 * query      := SELECT selectList FROM className [WHERE orExpr] END
 * selectList := '*' | selectItem (',' selectItem)*
 * selectItem := path | className '.' '*'
 * orExpr     := andExpr (OR andExpr)*
 * andExpr    := notExpr (AND notExpr)*
 * notExpr    := NOT notExpr | '(' orExpr ')' | predicate
 * predicate  := operand (compOp operand | IS [NOT] NULL | ISA className | [NOT] LIKE string)
 * operand    := literal | path
 * path       := step ('.' step)*         step := [className '::'] name
 * literal    := string | ['+'|'-'] number | TRUE | FALSE | NULL
 * </pre>
 */
final class Parser {

    private static final List<String> RESERVED = List.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IS", "NULL", "ISA",
            "LIKE", "TRUE", "FALSE");

    private final QueryLanguage language;
    private final List<Token> tokens;
    private int index;

    Parser(QueryLanguage language, List<Token> tokens) {
        this.language = language;
        this.tokens = tokens;
    }

    /** What a parsed query holds; {@code selectAll} when the list is {@code *}. */
    record Parsed(List<Operand.PropertyPath> select, boolean selectAll, String fromClass, Expression where) {
    }

    Parsed query() throws CimException {
        keyword("SELECT");
        List<Operand.PropertyPath> select = new ArrayList<>();
        boolean selectAll = selectList(select);
        keyword("FROM");
        String fromClass = name("a class name after FROM");
        Expression where = null;
        if (peek().isKeyword("WHERE")) {
            index++;
            where = orExpr();
        }
        if (peek().kind() != Token.Kind.END) {
            String expected = where == null ? "WHERE or end of query" : "AND, OR or end of query";
            throw expected(expected);
        }
        return new Parsed(select, selectAll, fromClass, where);
    }

    private boolean selectList(List<Operand.PropertyPath> select) throws CimException {
        if (peek().isSymbol("*")) {
            index++;
            return true;
        }
        boolean all = false;
        do {
            Token first = peek();
            if (first.kind() == Token.Kind.IDENTIFIER && tokens.get(index + 1).isSymbol(".") && tokens.get(index + 2).isSymbol("*")) {
                index += 3;
                all = true;
            } else {
                select.add(path("'*' or a property name in the SELECT list"));
            }
        } while (accept(","));
        return all;
    }

    private Expression orExpr() throws CimException {
        Expression left = andExpr();
        while (peek().isKeyword("OR")) {
            index++;
            left = new Expression.Or(left, andExpr());
        }
        return left;
    }

    private Expression andExpr() throws CimException {
        Expression left = notExpr();
        while (peek().isKeyword("AND")) {
            index++;
            left = new Expression.And(left, notExpr());
        }
        return left;
    }

    private Expression notExpr() throws CimException {
        if (peek().isKeyword("NOT")) {
            index++;
            return new Expression.Not(notExpr());
        }
        if (accept("(")) {
            Expression inner = orExpr();
            if (!accept(")")) {
                throw expected("')' or AND/OR");
            }
            return inner;
        }
        return predicate();
    }

    private Expression predicate() throws CimException {
        Operand left = operand();
        Token next = peek();
        if (next.kind() == Token.Kind.SYMBOL) {
            Expression.Operator operator = Expression.Operator.of(next.text());
            if (operator != null) {
                index++;
                return comparison(left, operator, operand());
            }
        }
        if (next.isKeyword("IS")) {
            index++;
            boolean negated = acceptKeyword("NOT");
            keyword("NULL");
            return new Expression.NullTest(left, negated);
        }
        if (next.isKeyword("ISA")) {
            index++;
            return new Expression.Isa(left, name("a class name after ISA"));
        }
        boolean negated = acceptKeyword("NOT");
        if (peek().isKeyword("LIKE")) {
            index++;
            Token pattern = peek();
            if (pattern.kind() != Token.Kind.STRING) {
                throw expected("a string pattern after LIKE");
            }
            index++;
            return new Expression.Like(left, LikePatterns.compile(language, pattern.text(), pattern.position()), negated);
        }
        throw expected(negated ? "LIKE after NOT" : "a comparison operator (=, <>, !=, <, <=, >, >=), IS, ISA or LIKE");
    }

    /** WQL reads {@code x = NULL} as {@code x IS NULL} and {@code x <> NULL} as {@code x IS NOT NULL}. */
    private static Expression comparison(Operand left, Expression.Operator operator, Operand right) {
        boolean nullLiteral = right instanceof Operand.Literal literal && literal.value() == null;
        if (nullLiteral && (operator == Expression.Operator.EQ || operator == Expression.Operator.NE)) {
            return new Expression.NullTest(left, operator == Expression.Operator.NE);
        }
        return new Expression.Comparison(left, operator, right);
    }

    private Operand operand() throws CimException {
        Token token = peek();
        if (token.kind() == Token.Kind.STRING) {
            index++;
            return new Operand.Literal(token.text());
        }
        if (token.isSymbol("-") || token.isSymbol("+") || token.kind() == Token.Kind.NUMBER) {
            boolean negative = token.isSymbol("-");
            if (token.kind() == Token.Kind.SYMBOL) {
                index++;
            }
            Token number = peek();
            if (number.kind() != Token.Kind.NUMBER) {
                throw expected("a number after '" + token.text() + "'");
            }
            index++;
            return new Operand.Literal(number(number, negative));
        }
        if (token.isKeyword("TRUE") || token.isKeyword("FALSE")) {
            index++;
            return new Operand.Literal(token.isKeyword("TRUE"));
        }
        if (token.isKeyword("NULL")) {
            index++;
            return new Operand.Literal(null);
        }
        return path("a property name or a literal");
    }

    private static Object number(Token token, boolean negative) throws CimException {
        String text = token.text();
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                BigInteger value = new BigInteger(text.substring(2), 16);
                return negative ? value.negate() : value;
            }
            if (text.contains(".") || text.contains("e") || text.contains("E")) {
                double value = Double.parseDouble(text);
                return negative ? -value : value;
            }
            BigInteger value = new BigInteger(text);
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            throw Query.invalid(token.position(), "'" + text + "' is not a number");
        }
    }

    private Operand.PropertyPath path(String what) throws CimException {
        List<Operand.Step> steps = new ArrayList<>();
        do {
            String first = name(what);
            if (accept("::")) {
                steps.add(new Operand.Step(first, name("a property name after '::'")));
            } else {
                steps.add(new Operand.Step(null, first));
            }
            what = "a property name after '.'";
        } while (accept("."));
        return new Operand.PropertyPath(steps);
    }

    private String name(String what) throws CimException {
        Token token = peek();
        if (token.kind() != Token.Kind.IDENTIFIER || RESERVED.contains(token.text().toUpperCase(Locale.ROOT))) {
            throw expected(what);
        }
        index++;
        return token.text();
    }

    private void keyword(String keyword) throws CimException {
        if (!acceptKeyword(keyword)) {
            throw expected(keyword);
        }
    }

    private boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            index++;
            return true;
        }
        return false;
    }

    private boolean accept(String symbol) {
        if (peek().isSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    private Token peek() {
        return tokens.get(Math.min(index, tokens.size() - 1));
    }

    private CimException expected(String what) {
        Token token = peek();
        return Query.invalid(token.position(), "expected " + what + " but found " + token.describe());
    }
}
