package org.vemanager.mof.parser;

/** The kinds of MOF tokens. Keywords are identifiers: MOF keywords are case-insensitive. */
public enum TokenType {
    IDENTIFIER("an identifier"),
    ALIAS("an alias ($name)"),
    INTEGER("an integer"),
    REAL("a real number"),
    STRING("a string"),
    CHAR16("a char16 literal"),
    PRAGMA("#pragma"),
    LBRACE("'{'"),
    RBRACE("'}'"),
    LBRACKET("'['"),
    RBRACKET("']'"),
    LPAREN("'('"),
    RPAREN("')'"),
    COMMA("','"),
    SEMICOLON("';'"),
    COLON("':'"),
    EQUALS("'='"),
    EOF("end of file");

    private final String description;

    TokenType(String description) {
        this.description = description;
    }

    /** How an error message names this kind of token, e.g. {@code ';'}. */
    public String description() {
        return description;
    }
}
