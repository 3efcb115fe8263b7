//! Parse a template and execute it on random data (`TEMPLATE \0 JSON-DATA`): errors are fine, panics are not.
//! The body is `rhelm_fuzz::template_exec`, which `tests/fuzz_replay.rs` also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| rhelm_fuzz::template_exec(data));
