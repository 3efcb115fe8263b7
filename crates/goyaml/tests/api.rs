//! Behaviour of the public API beyond the helm golden files (expectations from go-yaml v2 and
//! sigs.k8s.io/yaml semantics; error texts as those libraries print them).

use serde_json::{json, Value};

#[test]
fn scalar_documents() {
    assert_eq!(goyaml::from_str("").unwrap(), Value::Null);
    assert_eq!(goyaml::from_str("# only a comment\n").unwrap(), Value::Null);
    assert_eq!(goyaml::from_str("~").unwrap(), Value::Null);
    assert_eq!(goyaml::from_str("yes").unwrap(), json!(true));
    assert_eq!(goyaml::from_str("0777").unwrap(), json!(511));
    assert_eq!(goyaml::from_str("1.0").unwrap(), json!(1.0));
    assert!(goyaml::from_str("1.0").unwrap().is_f64());
    assert!(goyaml::from_str("3").unwrap().is_i64());
    assert_eq!(
        goyaml::from_str("12345678901234567890").unwrap(),
        json!(12345678901234567890u64)
    );
    assert_eq!(goyaml::from_str("'yes'").unwrap(), json!("yes"));
    assert_eq!(goyaml::from_str("2001-12-14").unwrap(), json!("2001-12-14"));
    assert_eq!(goyaml::from_str("- a\n- 1").unwrap(), json!(["a", 1]));
}

#[test]
fn first_document_only() {
    // go-yaml's Unmarshal stops after the first document and never sees the broken second one.
    assert_eq!(
        goyaml::from_str("a: 1\n---\nb: [\n").unwrap(),
        json!({"a": 1})
    );
}

#[test]
fn all_documents() {
    let docs = goyaml::from_str_all("a: 1\n---\nb: 2\n---\n---\n- x\n").unwrap();
    assert_eq!(
        docs,
        vec![json!({"a": 1}), json!({"b": 2}), Value::Null, json!(["x"])]
    );
    assert!(goyaml::from_str_all("").unwrap().is_empty());
    let err = goyaml::from_str_all("a: 1\n---\nb: [\n").unwrap_err();
    assert!(err
        .to_string()
        .starts_with("error converting YAML to JSON: yaml: "));
}

#[test]
fn document_order_is_kept() {
    let v = goyaml::from_str("z: 1\na: 2\nm: 3\n").unwrap();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["z", "a", "m"]);
}

#[test]
fn merge_keys_follow_document_order() {
    // `y` is a YAML 1.1 boolean, so that key becomes "true".
    let v = goyaml::from_str("b: &b {x: 1, y: 2}\nm:\n  x: 0\n  <<: *b\n  z: 3\n").unwrap();
    assert_eq!(v["m"], json!({"x": 1, "true": 2, "z": 3}));
    let v = goyaml::from_str("a: &a {k: 1}\nb: &b {k: 2, j: 2}\nm:\n  <<: [*a, *b]\n").unwrap();
    assert_eq!(v["m"], json!({"k": 1, "j": 2}));
}

#[test]
fn error_texts() {
    let e = goyaml::from_str("a:\n  b: 1\n c: 2\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "error converting YAML to JSON: yaml: line 2: did not find expected key"
    );
    assert_eq!(e.inner(), "yaml: line 2: did not find expected key");
    let e = goyaml::from_str("a:\n\tb: 1\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "error converting YAML to JSON: yaml: line 2: found character that cannot start any token"
    );
    let e = goyaml::from_str("a: *x\n").unwrap_err();
    assert_eq!(e.inner(), "yaml: unknown anchor 'x' referenced");
    let e = goyaml::from_str("a: .nan\n").unwrap_err();
    assert_eq!(e.inner(), "json: unsupported value: NaN");
}

#[test]
fn marshal_layout() {
    let v = json!({
        "b": [1, {"k": "v", "l": [true, null]}],
        "a10": 1.5, "a2": 3.0, "e": {}, "l": [], "s": "yes", "num": "1", "n": "x", "d": "2001-12-14",
        "ml": "x\ny\n", "big": 1e21, "sm": 0.000001
    });
    let want = "a2: 3\na10: 1.5\nb:\n- 1\n- k: v\n  l:\n  - true\n  - null\nbig: 1e+21\n\
                d: \"2001-12-14\"\ne: {}\nl: []\nml: |\n  x\n  y\n\"n\": x\nnum: \"1\"\ns: \"yes\"\nsm: 1e-06\n";
    assert_eq!(goyaml::to_string(&v), want);
    assert_eq!(goyaml::to_string(&Value::Null), "null\n");
    assert_eq!(goyaml::to_string(&json!("a")), "a\n");
    assert_eq!(goyaml::to_string(&json!([])), "[]\n");
}

#[test]
fn marshal_pretty_layout() {
    let v = json!({"b": [1, {"k": "v"}], "a": {"c": "on"}});
    assert_eq!(
        goyaml::to_string_pretty(&v),
        "a:\n  c: \"on\"\nb:\n  - 1\n  - k: v\n"
    );
}

#[test]
fn marshal_errors() {
    let v = json!({"a": "x\u{7f}"});
    assert_eq!(goyaml::to_string(&v), "");
    let e = goyaml::try_to_string(&v).unwrap_err();
    assert_eq!(e.to_string(), "yaml: control characters are not allowed");
    // A raw NEL inside a key breaks the flow mapping go-yaml reads back.
    let e = goyaml::try_to_string(&json!({"x\u{85}y": 1})).unwrap_err();
    assert_eq!(
        e.to_string(),
        "yaml: line 1: did not find expected ',' or '}'"
    );
    // ... and is folded inside a value.
    assert_eq!(goyaml::to_string(&json!({"a": "p\u{85}q"})), "a: p q\n");
}

#[test]
fn deep_nesting() {
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let v = goyaml::from_str(&deep).unwrap();
    let out = goyaml::to_string(&v);
    assert!(out.starts_with("- - - "));
    std::mem::forget(v); // dropping a 5000-deep serde_json value recurses too deeply for tests
    let too_deep = format!("{}{}", "[".repeat(10001), "]".repeat(10001));
    let e = goyaml::from_str(&too_deep).unwrap_err();
    assert_eq!(e.inner(), "yaml: exceeded max depth of 10000");
}

#[test]
fn one_megabyte_parses_quickly() {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < 1 << 20 {
        s.push_str(&format!(
            "key{i}:\n  name: \"svc-{i}\"\n  replicas: {i}\n  on: yes\n  tags: [a, b]\n  text: |\n    one\n"
        ));
        i += 1;
    }
    let t = std::time::Instant::now();
    let v = goyaml::from_str(&s).unwrap();
    let parse = t.elapsed();
    assert_eq!(v.as_object().unwrap().len(), i);
    let t = std::time::Instant::now();
    let out = goyaml::to_string(&v);
    let print = t.elapsed();
    assert!(out.len() > 1 << 20);
    eprintln!("1 MiB: parse {parse:?}, to_string {print:?}");
    // Generous bounds (debug build, shared CPUs); a release build takes well under 100 ms each.
    assert!(parse.as_secs() < 20 && print.as_secs() < 20);
}

#[test]
fn long_input_with_multibyte_characters_across_read_chunks() {
    // The parser reads input in 16 KiB chunks; characters of 2, 3 and 4 bytes must survive
    // being split at every possible offset of a chunk boundary, and error lines must still
    // count from the start of the input.
    for pad in 0..4 {
        let mut text = "k: ".to_string() + &"x".repeat(pad);
        let mut want = "x".repeat(pad);
        while text.len() < 40_000 {
            text.push_str("é€😀");
            want.push_str("é€😀");
        }
        text.push_str("\nlast: [1, 2]\n");
        assert_eq!(
            goyaml::from_str(&text).unwrap(),
            json!({"k": want, "last": [1, 2]}),
            "pad {pad}"
        );
        let broken = text.replace("last: [1, 2]", "last: [1, 2");
        let err = goyaml::from_str(&broken).unwrap_err().to_string();
        let short = goyaml::from_str("k: x\nlast: [1, 2\n")
            .unwrap_err()
            .to_string();
        assert_eq!(err, short, "pad {pad}");
    }
}
