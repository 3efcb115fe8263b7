//! Lexer: Go text/template's tokens, trim markers, comments and delimiters.
