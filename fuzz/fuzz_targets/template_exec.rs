//! Parse a template and execute it on random data: errors are fine, panics are not.
//! The input is `TEMPLATE \0 JSON-DATA`; data that is not JSON becomes a string.
#![no_main]

use gotemplate::template::Templates;
use gotemplate::Value;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let (text, data) = input.split_once('\0').unwrap_or((input, ""));
    let data = match serde_json::from_str::<serde_json::Value>(data) {
        Ok(json) => Value::from_json(&json),
        Err(_) => Value::str(data),
    };
    let mut set = Templates::new("fuzz", gotemplate::sprig::funcs());
    if set.parse("fuzz", text).is_ok() {
        let _ = set.execute("fuzz", &data);
    }
});
