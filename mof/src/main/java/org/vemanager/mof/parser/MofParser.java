package org.vemanager.mof.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMFlavor;
import org.metricshub.wbem.javax.cim.CIMScope;

/**
 * Recursive-descent parser for MOF (DSP0221). Each method is named after the grammar rule it
 * reads. Top-level productions are delivered to a {@link MofSink}; a syntax error is reported to
 * the sink and the parser resynchronises at the end of the broken production (the next ';' outside
 * braces) so that one run reports every independent error.
 */
public final class MofParser {

    private final Lexer lexer;
    private final MofSink sink;
    private final SourceText source;
    private Token current;

    public MofParser(SourceText source, MofSink sink) {
        this.source = source;
        this.lexer = new Lexer(source);
        this.sink = sink;
    }

    /** mofSpecification = *mofProduction */
    public void mofSpecification() {
        advanceReportingErrors();
        while (current.type() != TokenType.EOF) {
            Token start = current;
            try {
                mofProduction();
            } catch (MofSyntaxException e) {
                sink.error(e.toError());
                recover(start);
            }
        }
    }

    /** mofProduction = compilerDirective / qualifierDeclaration / classDeclaration / instanceDeclaration */
    void mofProduction() {
        if (current.type() == TokenType.PRAGMA) {
            compilerDirective();
            return;
        }
        if (current.is("qualifier")) {
            qualifierDeclaration();
            return;
        }
        List<QualifierValue> qualifiers = current.type() == TokenType.LBRACKET ? qualifierList() : List.of();
        if (current.is("class")) {
            classDeclaration(qualifiers);
        } else if (current.is("instance")) {
            instanceDeclaration(qualifiers);
        } else if (qualifiers.isEmpty()) {
            throw expected("'#pragma', 'qualifier', 'class', 'instance of' or '['");
        } else {
            throw expected("'class' or 'instance of' after the qualifier list");
        }
    }

    /** compilerDirective = "#pragma" pragmaName "(" pragmaParameter ")" */
    void compilerDirective() {
        Position position = position(current);
        advance();
        String name = identifier("a pragma name");
        String value = null;
        if (current.type() == TokenType.LPAREN) {
            advance();
            if (current.type() == TokenType.STRING) {
                value = stringValue();
            } else if (current.type() == TokenType.IDENTIFIER) {
                value = identifier("a pragma parameter");
            }
            expect(TokenType.RPAREN);
        }
        sink.pragma(new Pragma(name, value, position));
    }

    /** qualifierDeclaration = "qualifier" qualifierName qualifierType scope [defaultFlavor] ";" */
    void qualifierDeclaration() {
        advance();
        Position position = position(current);
        String name = identifier("a qualifier name");
        expect(TokenType.COLON);
        CIMDataType type = dataType();
        type = array(type);
        MofValue defaultValue = null;
        if (current.type() == TokenType.EQUALS) {
            advance();
            defaultValue = initializer();
        }
        int scope = 0;
        Flavors flavors = Flavors.NONE;
        while (current.type() == TokenType.COMMA) {
            advance();
            if (current.is("scope")) {
                scope = scope();
            } else if (current.is("flavor")) {
                flavors = defaultFlavor();
            } else {
                throw expected("'Scope(…)' or 'Flavor(…)'");
            }
        }
        if (scope == 0) {
            throw new MofSyntaxException(position, "qualifier " + name + " declares no scope: expected ', Scope(…)'");
        }
        expect(TokenType.SEMICOLON);
        sink.qualifierDeclaration(new QualifierTypeDeclaration(name, type, defaultValue, scope, flavors, position));
    }

    /** scope = "scope" "(" metaElement *( "," metaElement ) ")" */
    int scope() {
        advance();
        expect(TokenType.LPAREN);
        int scope = 0;
        do {
            Token element = current;
            String name = identifier("a scope (class, association, indication, property, reference, method, parameter, any)");
            scope |= switch (name.toLowerCase(Locale.ROOT)) {
                case "class" -> CIMScope.CLASS;
                case "association" -> CIMScope.ASSOCIATION;
                case "indication" -> CIMScope.INDICATION;
                case "property" -> CIMScope.PROPERTY;
                case "reference" -> CIMScope.REFERENCE;
                case "method" -> CIMScope.METHOD;
                case "parameter" -> CIMScope.PARAMETER;
                case "qualifier" -> 0;
                case "any" -> CIMScope.ANY;
                default -> throw new MofSyntaxException(position(element), "unknown scope '" + name
                    + "': expected class, association, indication, property, reference, method, parameter or any");
            };
        } while (accept(TokenType.COMMA));
        expect(TokenType.RPAREN);
        return scope;
    }

    /** defaultFlavor = "flavor" "(" flavor *( "," flavor ) ")" */
    Flavors defaultFlavor() {
        advance();
        expect(TokenType.LPAREN);
        Flavors flavors = Flavors.NONE;
        do {
            flavors = flavor(flavors);
        } while (accept(TokenType.COMMA));
        expect(TokenType.RPAREN);
        return flavors;
    }

    /** flavor = ENABLEOVERRIDE / DISABLEOVERRIDE / RESTRICTED / TOSUBCLASS / TRANSLATABLE (TOINSTANCE accepted) */
    Flavors flavor(Flavors flavors) {
        Token token = current;
        String name = identifier("a flavor");
        int set = flavors.set();
        int cleared = flavors.cleared();
        int bit = 0;
        boolean sets = true;
        switch (name.toLowerCase(Locale.ROOT)) {
            case "enableoverride" -> {
                bit = CIMFlavor.DISABLEOVERRIDE;
                sets = false;
            }
            case "disableoverride" -> bit = CIMFlavor.DISABLEOVERRIDE;
            case "tosubclass" -> {
                bit = CIMFlavor.RESTRICTED;
                sets = false;
            }
            case "restricted" -> bit = CIMFlavor.RESTRICTED;
            case "translatable" -> bit = CIMFlavor.TRANSLATE;
            case "toinstance" -> {
                // A CIM 2.x flavor with no javax.cim bit: accepted, no effect.
            }
            default -> throw new MofSyntaxException(position(token), "unknown flavor '" + name
                + "': expected EnableOverride, DisableOverride, ToSubclass, Restricted or Translatable");
        }
        // The last keyword for a bit wins.
        return sets ? new Flavors(set | bit, cleared & ~bit) : new Flavors(set & ~bit, cleared | bit);
    }

    /** qualifierList = "[" qualifier *( "," qualifier ) "]" */
    List<QualifierValue> qualifierList() {
        expect(TokenType.LBRACKET);
        List<QualifierValue> qualifiers = new ArrayList<>();
        do {
            qualifiers.add(qualifier());
        } while (accept(TokenType.COMMA));
        expect(TokenType.RBRACKET);
        return qualifiers;
    }

    /** qualifier = qualifierName [qualifierParameter] [":" 1*flavor] */
    QualifierValue qualifier() {
        Position position = position(current);
        String name = identifier("a qualifier name");
        MofValue value = null;
        if (current.type() == TokenType.LPAREN) {
            advance();
            value = constantValue();
            expect(TokenType.RPAREN);
        } else if (current.type() == TokenType.LBRACE) {
            value = arrayInitializer();
        }
        Flavors flavors = Flavors.NONE;
        if (accept(TokenType.COLON)) {
            do {
                flavors = flavor(flavors);
            } while (current.type() == TokenType.IDENTIFIER);
        }
        return new QualifierValue(name, value, flavors, position);
    }

    /** classDeclaration = [qualifierList] "class" className [superClass] "{" *classFeature "}" ";" */
    void classDeclaration(List<QualifierValue> qualifiers) {
        advance();
        Position position = position(current);
        String name = identifier("a class name");
        String superclass = null;
        Position superclassPosition = null;
        if (accept(TokenType.COLON)) {
            superclassPosition = position(current);
            superclass = identifier("a superclass name");
        }
        expect(TokenType.LBRACE);
        List<PropertyDeclaration> properties = new ArrayList<>();
        List<MethodDeclaration> methods = new ArrayList<>();
        while (current.type() != TokenType.RBRACE) {
            if (startsProduction(current)) {
                // Most likely a missing '}': say so, and leave the token for the next production.
                throw expected("'}' to close class " + name);
            }
            classFeature(properties, methods);
        }
        advance();
        expect(TokenType.SEMICOLON);
        sink.classDeclaration(new ClassDeclaration(name, superclass, superclassPosition, qualifiers, properties, methods, position));
    }

    /**
     * classFeature = propertyDeclaration / referenceDeclaration / methodDeclaration, which share
     * the prefix {@code [qualifierList] type name}; what follows the name decides.
     */
    void classFeature(List<PropertyDeclaration> properties, List<MethodDeclaration> methods) {
        List<QualifierValue> qualifiers = current.type() == TokenType.LBRACKET ? qualifierList() : List.of();
        CIMDataType type = featureType();
        Position position = position(current);
        String name = identifier("a property or method name");
        if (current.type() == TokenType.LPAREN) {
            methods.add(methodDeclaration(qualifiers, type, name, position));
        } else {
            properties.add(propertyDeclaration(qualifiers, type, name, position));
        }
    }

    /** propertyDeclaration = [qualifierList] dataType propertyName [array] [defaultValue] ";" (and references) */
    PropertyDeclaration propertyDeclaration(List<QualifierValue> qualifiers, CIMDataType type, String name, Position position) {
        CIMDataType fullType = array(type);
        MofValue defaultValue = null;
        if (accept(TokenType.EQUALS)) {
            defaultValue = initializer();
        }
        expect(TokenType.SEMICOLON);
        return new PropertyDeclaration(name, fullType, defaultValue, qualifiers, position);
    }

    /** methodDeclaration = [qualifierList] dataType methodName "(" [parameterList] ")" ";" */
    MethodDeclaration methodDeclaration(List<QualifierValue> qualifiers, CIMDataType returnType, String name, Position position) {
        expect(TokenType.LPAREN);
        List<ParameterDeclaration> parameters = new ArrayList<>();
        if (current.type() != TokenType.RPAREN) {
            do {
                parameters.add(parameter());
            } while (accept(TokenType.COMMA));
        }
        expect(TokenType.RPAREN);
        expect(TokenType.SEMICOLON);
        return new MethodDeclaration(name, returnType, qualifiers, parameters, position);
    }

    /** parameter = [qualifierList] (dataType / objectRef) parameterName [array] [defaultValue] */
    ParameterDeclaration parameter() {
        List<QualifierValue> qualifiers = current.type() == TokenType.LBRACKET ? qualifierList() : List.of();
        CIMDataType type = featureType();
        Position position = position(current);
        String name = identifier("a parameter name");
        type = array(type);
        if (accept(TokenType.EQUALS)) {
            // DSP0221 3.0 parameter defaults carry no meaning in javax.cim; read and drop them.
            initializer();
        }
        return new ParameterDeclaration(name, type, qualifiers, position);
    }

    /** instanceDeclaration = [qualifierList] "instance" "of" className [alias] "{" *valueInitializer "}" ";" */
    void instanceDeclaration(List<QualifierValue> qualifiers) {
        Position position = position(current);
        advance();
        expectKeyword("of");
        String className = identifier("a class name");
        String alias = null;
        if (current.is("as")) {
            advance();
            if (current.type() != TokenType.ALIAS) {
                throw expected("an alias ($name)");
            }
            alias = current.text();
            advance();
        }
        expect(TokenType.LBRACE);
        List<PropertyValue> properties = new ArrayList<>();
        while (current.type() != TokenType.RBRACE) {
            if (startsProduction(current)) {
                throw expected("'}' to close the instance of " + className);
            }
            properties.add(valueInitializer());
        }
        advance();
        expect(TokenType.SEMICOLON);
        sink.instanceDeclaration(new InstanceDeclaration(className, alias, qualifiers, properties, position));
    }

    /** valueInitializer = [qualifierList] propertyName "=" initializer ";" */
    PropertyValue valueInitializer() {
        if (current.type() == TokenType.LBRACKET) {
            qualifierList();
        }
        Position position = position(current);
        String name = identifier("a property name");
        expect(TokenType.EQUALS);
        MofValue value = initializer();
        expect(TokenType.SEMICOLON);
        return new PropertyValue(name, value, position);
    }

    /** The type before a feature name: a data type, or {@code ClassName REF}. */
    CIMDataType featureType() {
        Token token = current;
        String typeName = identifier("a data type");
        if (current.is("ref")) {
            advance();
            return new CIMDataType(typeName);
        }
        CIMDataType type = DataTypes.scalar(typeName);
        if (type == null) {
            throw new MofSyntaxException(position(token), "unknown type '" + typeName
                + "': expected a data type (uint8…uint64, sint8…sint64, real32, real64, string, boolean, char16, datetime)"
                + " or 'ClassName REF'");
        }
        return type;
    }

    /** dataType = one of the intrinsic type names (qualifier declarations take no references). */
    CIMDataType dataType() {
        Token token = current;
        String typeName = identifier("a data type");
        CIMDataType type = DataTypes.scalar(typeName);
        if (type == null) {
            throw new MofSyntaxException(position(token), "unknown type '" + typeName
                + "': expected uint8…uint64, sint8…sint64, real32, real64, string, boolean, char16 or datetime");
        }
        return type;
    }

    /** array = "[" [positiveDecimalValue] "]", optional: returns {@code type} unchanged without it. */
    CIMDataType array(CIMDataType type) {
        if (current.type() != TokenType.LBRACKET) {
            return type;
        }
        advance();
        int size = 0;
        if (current.type() == TokenType.INTEGER) {
            Token token = current;
            if (!(token.value() instanceof Long) || (Long) token.value() <= 0 || (Long) token.value() > Integer.MAX_VALUE) {
                throw new MofSyntaxException(position(token), "array size must be a positive integer, found " + token.text());
            }
            size = (int) (long) (Long) token.value();
            advance();
        }
        expect(TokenType.RBRACKET);
        return DataTypes.array(type, size);
    }

    /** initializer = constantValue / arrayInitializer / aliasIdentifier */
    MofValue initializer() {
        if (current.type() == TokenType.LBRACE) {
            return arrayInitializer();
        }
        return constantValue();
    }

    /** arrayInitializer = "{" [constantValue *( "," constantValue )] "}" */
    MofValue arrayInitializer() {
        Position position = position(current);
        expect(TokenType.LBRACE);
        List<MofValue> elements = new ArrayList<>();
        if (current.type() != TokenType.RBRACE) {
            do {
                elements.add(constantValue());
            } while (accept(TokenType.COMMA));
        }
        expect(TokenType.RBRACE);
        return new MofValue.Array(elements, position);
    }

    /** constantValue = integerValue / realValue / charValue / stringValue / booleanValue / nullValue (and aliases) */
    MofValue constantValue() {
        Token token = current;
        Position position = position(token);
        switch (token.type()) {
            case INTEGER:
                advance();
                return new MofValue.Scalar(MofValue.Kind.INTEGER, token.value(), token.text(), position);
            case REAL:
                advance();
                return new MofValue.Scalar(MofValue.Kind.REAL, token.value(), token.text(), position);
            case CHAR16:
                advance();
                return new MofValue.Scalar(MofValue.Kind.CHAR16, token.value(), token.text(), position);
            case STRING:
                String text = stringValue();
                return new MofValue.Scalar(MofValue.Kind.STRING, text, text, position);
            case ALIAS:
                advance();
                return new MofValue.Alias(token.text(), position);
            case IDENTIFIER:
                if (token.is("true") || token.is("false")) {
                    advance();
                    return new MofValue.Scalar(MofValue.Kind.BOOLEAN, token.is("true"), token.text(), position);
                }
                if (token.is("null")) {
                    advance();
                    return new MofValue.Scalar(MofValue.Kind.NULL, null, token.text(), position);
                }
                break;
            default:
                break;
        }
        throw expected("a value (number, string, char16, true, false, null or $alias)");
    }

    /** stringValue = 1*( DQUOTE *stringChar DQUOTE ): adjacent literals concatenate. */
    String stringValue() {
        String first = current.text();
        advance();
        if (current.type() != TokenType.STRING) {
            return first;
        }
        StringBuilder sb = new StringBuilder(first);
        while (current.type() == TokenType.STRING) {
            sb.append(current.text());
            advance();
        }
        return sb.toString();
    }

    /** A token that can only begin a top-level production (or end the file), never a feature. */
    private static boolean startsProduction(Token token) {
        return token.type() == TokenType.EOF || token.type() == TokenType.PRAGMA || token.is("class") || token.is("instance")
            || token.is("qualifier");
    }

    // --- token plumbing ---------------------------------------------------------------------

    private void advance() {
        current = lexer.next();
    }

    /** Advances; a lexical error is reported and the bad text skipped, so this always yields a token. */
    private void advanceReportingErrors() {
        while (true) {
            try {
                current = lexer.next();
                return;
            } catch (MofSyntaxException e) {
                sink.error(e.toError());
            }
        }
    }

    private boolean accept(TokenType type) {
        if (current.type() == type) {
            advance();
            return true;
        }
        return false;
    }

    private void expect(TokenType type) {
        if (current.type() != type) {
            throw expected(type.description());
        }
        advance();
    }

    private void expectKeyword(String keyword) {
        if (!current.is(keyword)) {
            throw expected("'" + keyword + "'");
        }
        advance();
    }

    private String identifier(String what) {
        if (current.type() != TokenType.IDENTIFIER) {
            throw expected(what);
        }
        String text = current.text();
        advance();
        return text;
    }

    private MofSyntaxException expected(String what) {
        return new MofSyntaxException(position(current), "expected " + what + " but found " + current.describe());
    }

    private Position position(Token token) {
        return new Position(source, token.line(), token.column());
    }

    /**
     * Skips the rest of a broken production: up to and including the next ';' outside braces, or
     * up to a token that can only start a new production ({@code #pragma}, or {@code class},
     * {@code instance}, {@code qualifier} at the start of a line), so that a missing '}' or ';' does
     * not swallow the declarations after it. Always makes progress past {@code start}.
     */
    private void recover(Token start) {
        if (current == start) {
            advanceReportingErrors();
        }
        while (current.type() != TokenType.EOF) {
            if (current.type() == TokenType.SEMICOLON && lexer.braceDepth() <= 0) {
                lexer.resetBraceDepth();
                advanceReportingErrors();
                return;
            }
            if (current.type() == TokenType.PRAGMA || current.column() == 1
                && (current.is("class") || current.is("instance") || current.is("qualifier") || current.type() == TokenType.LBRACKET)) {
                lexer.resetBraceDepth();
                return;
            }
            advanceReportingErrors();
        }
    }
}
