//! text/template's predefined functions: and, or, not, len, index, slice, print, printf, println, html, js, urlquery, call, eq, ne, lt, le, gt, ge.
