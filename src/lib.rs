//! rhelm: a fast, Helm-compatible command-line client.
//!
//! Data flows one way: `cli` → `action` → (`storage` | `render` | `cluster`), and `cli` prints
//! what an action returns through `output`.

// rhelm's own API is not documented item by item yet (the library crates under crates/ are).
#![allow(missing_docs)]

pub mod action;
pub mod chart;
pub mod cli;
pub mod cluster;
pub mod diff;
pub mod output;
pub mod release;
pub mod render;
pub mod storage;
pub mod testpoint;
