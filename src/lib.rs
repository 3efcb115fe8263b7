//! rhelm: a fast, Helm-compatible command-line client.
//!
//! Data flows one way: `cli` → `action` → (`storage` | `render` | `cluster`), and `cli` prints
//! what an action returns through `output`.

#![warn(missing_docs)]

// The modules marked `allow(missing_docs)` are not documented item by item yet.
#[allow(missing_docs)]
pub mod action;
pub mod chart;
pub mod cli;
pub mod cluster;
pub mod diff;
pub mod output;
pub mod release;
pub mod render;
#[allow(missing_docs)]
pub mod storage;
pub mod testpoint;
