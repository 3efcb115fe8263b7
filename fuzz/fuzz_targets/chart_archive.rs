//! Load a chart archive: errors are fine; what loads stays within Helm's limits and the chart folder.
//! The body is `rhelm_fuzz::chart_archive`, which `tests/fuzz_replay.rs` also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| rhelm_fuzz::chart_archive(data));
