package org.vemanager.mof.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lexer, as tables: MOF text in, tokens (kind, text or value, position) or an error out. */
class LexerTest {

    private static List<Token> lex(String text) {
        // In the tables, ¶ stands for a line feed and ¤ for a carriage return.
        Lexer lexer = new Lexer(new SourceText("t.mof", text.replace('¶', '\n').replace('¤', '\r')));
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.next(); t.type() != TokenType.EOF; t = lexer.next()) {
            tokens.add(t);
        }
        return tokens;
    }

    private static String describe(Token t) {
        return t.type() + (t.value() != null && t.type() != TokenType.CHAR16 ? "=" + t.value() : ":" + t.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        class Foo : Bar {};            | IDENTIFIER:class IDENTIFIER:Foo COLON:: IDENTIFIER:Bar LBRACE:{ RBRACE:} SEMICOLON:;
        [Key, In(false)]               | LBRACKET:[ IDENTIFIER:Key COMMA:, IDENTIFIER:In LPAREN:( IDENTIFIER:false RPAREN:) RBRACKET:]
        0x1F 0X1f 1010b 0 017 42       | INTEGER=31 INTEGER=31 INTEGER=10 INTEGER=0 INTEGER=15 INTEGER=42
        -5 +3 -0x10 -101B              | INTEGER=-5 INTEGER=3 INTEGER=-16 INTEGER=-5
        18446744073709551615           | INTEGER=18446744073709551615
        1.5 -2.5e3 .25 1E2 6.0e-1      | REAL=1.5 REAL=-2500.0 REAL=0.25 REAL=100.0 REAL=0.6
        "a" // comment¶"b" /* c */   | STRING:a STRING:b
        "x\\ty" "\\x41\\X263a" ""      | STRING:x\\ty STRING:A☺ STRING:
        'x' '\\x41' '"' '\\''        | CHAR16:x CHAR16:A CHAR16:" CHAR16:'
        $Alias_1 = $b;                 | ALIAS:Alias_1 EQUALS:= ALIAS:b SEMICOLON:;
        `#pragma include ("f.mof")`    | PRAGMA:#pragma IDENTIFIER:include LPAREN:( STRING:f.mof RPAREN:)
        `#PRAGMA locale`               | PRAGMA:#pragma IDENTIFIER:locale
        uint16 Ärger_1;                | IDENTIFIER:uint16 IDENTIFIER:Ärger_1 SEMICOLON:;
        /* multi¶line */ X           | IDENTIFIER:X
        """)
    void tokens(String text, String expected) {
        List<String> actual = lex(text).stream().map(LexerTest::describe).toList();
        assertThat(String.join(" ", actual).replace("\n", "\\n").replace("\t", "\\t")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        a b                      | 1:1 1:3
        a¶  b                    | 1:1 2:3
        a¤¶b¤c                   | 1:1 2:1 3:1
        /* x¶y */ z              | 2:6
        "s" // c¶¶  q            | 1:1 3:3
        """)
    void positions(String text, String expected) {
        List<String> actual = lex(text).stream().map(t -> t.line() + ":" + t.column()).toList();
        assertThat(String.join(" ", actual)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        x "open                  | 1:3  | unterminated string: expected '"' before the end of the line
        "a\\zb"                  | 1:3  | invalid escape sequence '\\z': expected one of \\b \\t \\n \\f \\r \\" \\' \\\\ \\x<hex>
        "\\xg"                   | 1:2  | invalid escape sequence '\\x': expected 1 to 4 hex digits
        a¶ /* never              | 2:2  | unterminated comment: expected '*/'
        12abc                    | 1:1  | malformed number: unexpected 'abc'
        09                       | 1:1  | malformed integer '09'
        0x                       | 1:1  | malformed integer '0x'
        1.2.3                    | 1:1  | malformed number: unexpected '.3'
        ''                       | 1:1  | expected one character in a char16 literal
        'ab'                     | 1:1  | unterminated char16 literal: expected '''
        $ x                      | 1:1  | expected an alias name after '$'
        `#include`               | 1:1  | expected '#pragma'
        a ? b                    | 1:3  | unexpected character '?'
        """)
    void errors(String text, String position, String message) {
        MofSyntaxException e = catchThrowableOfType(() -> lex(text), MofSyntaxException.class);
        assertThat(e).as("lexing %s must fail", text).isNotNull();
        assertThat(e.position().line() + ":" + e.position().column()).isEqualTo(position);
        assertThat(e.getMessage()).isEqualTo(message);
    }
}
