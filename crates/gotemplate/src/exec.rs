//! Executor: Go text/template's evaluation semantics.
