//! rhelm: a fast, Helm-compatible command-line client.
//!
//! Data flows one way: `cli` → `action` → (`storage` | `render` | `cluster`), and `cli` prints
//! what an action returns through `output`.

pub mod action;
pub mod chart;
pub mod cli;
pub mod cluster;
pub mod diff;
pub mod neterror;
pub mod output;
pub(crate) mod parallel;
pub mod release;
pub mod render;
pub mod storage;
pub mod teardown;
pub mod testpoint;
