//! Any text must parse as a template or fail with an error: never panic, never hang.
//! The body is `rhelm_fuzz::template_parse`, which `tests/fuzz_replay.rs` also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| rhelm_fuzz::template_parse(data));
