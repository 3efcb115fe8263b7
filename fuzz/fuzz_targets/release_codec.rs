//! Decode a stored release record (bytes and base64 text): errors are fine; the quick summary agrees with the full decoder.
//! The body is `rhelm_fuzz::release_codec`, which `tests/fuzz_replay.rs` also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| rhelm_fuzz::release_codec(data));
