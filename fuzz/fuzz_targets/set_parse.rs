//! Parse a `--set`-family argument in every mode: errors are fine, panics are not.
//! The body is `rhelm_fuzz::set_parse`, which `tests/fuzz_replay.rs` also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| rhelm_fuzz::set_parse(data));
