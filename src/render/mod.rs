//! Rendering a chart with Helm's functions and objects; manifest sorting; the hook split.

pub mod engine;
pub mod errors;
pub mod funcs;
pub mod glob;
pub mod install;
pub mod manifest;
pub mod objects;
pub mod postrender;
pub mod toml;
