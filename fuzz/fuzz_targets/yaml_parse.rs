//! Any text must parse as YAML or fail with an error; what parses must print.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(v) = goyaml::from_str(text) {
        let _ = goyaml::to_string(&v);
    }
});
