//! rhelm: a fast, Helm-compatible command-line client.
//!
//! Data flows one way: `cli` → `action` → (`storage` | `render` | `cluster`), and `cli` prints
//! what an action returns through `output`.

// `missing_docs` is warned for the workspace; `storage` is allowed until it is documented
// item by item (as are `release::rows`, `output::rows` and `action::{get, history, status}`).
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
