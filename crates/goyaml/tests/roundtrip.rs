//! Self-consistency over many generated inputs: parsing never panics, and whatever parses prints
//! (with `to_string` and `to_string_pretty`) to YAML that parses back to the same data.

mod common;
use common::Rng;

use serde_json::Value;

const PIECES: &[&str] = &[
    "a",
    "b",
    "yes",
    "no",
    "~",
    "null",
    "1",
    "0x1F",
    "0777",
    "1e3",
    ".5",
    "-",
    ":",
    ": ",
    "- ",
    "? ",
    "#",
    " #",
    "[",
    "]",
    "{",
    "}",
    ",",
    "\"",
    "'",
    "\\",
    "!",
    "!!str ",
    "&a ",
    "*a",
    "|",
    ">",
    "\n",
    "\n  ",
    "\n- ",
    " ",
    "  ",
    "\t",
    "é",
    "😀",
    "\u{85}",
    "\u{a0}",
    "\u{2028}",
    "\u{feff}",
    "---",
    "...",
    "%",
    "@",
    "`",
    "<<: ",
    "2001-12-14",
    "12:30",
    "x y z",
    "\r\n",
];

/// Numbers compared as float64, as Helm holds them.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// go-yaml prints a `<<` key plain (its resolver never looks `<` up), which reads back as a merge.
fn has_merge_key(v: &Value) -> bool {
    match v {
        Value::Array(items) => items.iter().any(has_merge_key),
        Value::Object(m) => m.iter().any(|(k, v)| k == "<<" || has_merge_key(v)),
        _ => false,
    }
}

#[test]
fn generated_inputs_round_trip() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut parsed = 0;
    for _ in 0..20_000 {
        let n = 1 + rng.next() % 24;
        let input: String = (0..n).map(|_| rng.pick(PIECES)).collect();
        let Ok(v) = goyaml::from_str(&input) else {
            continue;
        };
        parsed += 1;
        if has_merge_key(&v) {
            continue;
        }
        let Ok(out) = goyaml::try_to_string(&v) else {
            continue;
        };
        let back = goyaml::from_str(&out)
            .unwrap_or_else(|e| panic!("output of {input:?} does not parse: {e}\n{out}"));
        assert!(
            same(&v, &back),
            "{input:?}\nprinted {out:?}\nreads back {back}, not {v}"
        );
        let pretty = goyaml::to_string_pretty(&v);
        let back = match goyaml::from_str(&pretty) {
            // yaml.v3 writes literal blocks whose lines start with a tab, which YAML parsers
            // (go-yaml included) then reject; Helm's toYamlPretty output is the same.
            Err(e) if e.to_string().contains("found a tab character") => continue,
            r => r.unwrap_or_else(|e| {
                panic!("pretty output of {input:?} does not parse: {e}\n{pretty}")
            }),
        };
        assert!(
            same(&v, &back),
            "{input:?}\npretty {pretty:?}\nreads back {back}, not {v}"
        );
    }
    assert!(parsed > 2_000, "only {parsed} inputs parsed");
}
