/**
 * MOF syntax (DMTF DSP0221 2.x): {@link org.vemanager.mof.parser.Lexer} makes tokens,
 * {@link org.vemanager.mof.parser.MofParser} reads them by recursive descent — one method per
 * grammar rule, named after it — and hands each top-level production, as plain declaration records,
 * to a {@link org.vemanager.mof.parser.MofSink}. No CIM semantics here: types of values, qualifier
 * declarations, inheritance and includes are the sink's business.
 */
package org.vemanager.mof.parser;
