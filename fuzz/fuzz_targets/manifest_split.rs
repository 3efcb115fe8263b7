//! Split rendered text into manifests and sort them into hooks and resources.
//! The body is `rhelm_fuzz::manifest_split`, which `tests/fuzz_replay.rs` also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| rhelm_fuzz::manifest_split(data));
