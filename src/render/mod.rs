//! Rendering a chart with Helm's functions and objects; manifest sorting; the hook split.

pub mod funcs;
pub mod manifest;
