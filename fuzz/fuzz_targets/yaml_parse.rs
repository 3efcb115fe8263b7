//! Any text must parse as YAML or fail with an error; what parses must print.
//! The body is `rhelm_fuzz::yaml_parse`, which `tests/fuzz_replay.rs` also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| rhelm_fuzz::yaml_parse(data));
