//! Rendering a chart with Helm's functions and objects; manifest sorting; the hook split.

pub mod manifest;
