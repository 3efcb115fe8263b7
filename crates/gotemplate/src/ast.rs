//! The parse tree, printed back as Go's parse.Node String() does (used in error texts).
