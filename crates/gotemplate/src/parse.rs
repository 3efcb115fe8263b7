//! Parser: Go text/template's grammar and its error texts.
