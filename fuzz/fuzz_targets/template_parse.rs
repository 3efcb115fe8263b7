//! Any text must parse or fail with an error: never panic, never hang.
#![no_main]

use gotemplate::template::Templates;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut set = Templates::new("fuzz", gotemplate::sprig::funcs());
    let _ = set.parse("fuzz", text);
});
