//! The bodies of the fuzz targets, shared by the cargo-fuzz binaries in `fuzz_targets/` and by
//! the stable replay test `tests/fuzz_replay.rs` (which includes this file as a module). Each
//! takes any bytes and must return without panicking or hanging; errors are fine. Where a
//! target can check more than "no panic" it asserts it.

use std::collections::BTreeMap;

use gotemplate::template::Templates;
use gotemplate::Value;

/// Any text must parse as a template or fail with an error.
pub fn template_parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut set = Templates::new("fuzz", gotemplate::sprig::funcs());
    let _ = set.parse("fuzz", text);
}

/// `TEMPLATE \0 JSON-DATA`: parsed, then executed on the data (data that is not JSON becomes a
/// string).
pub fn template_exec(data: &[u8]) {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let (text, data) = input.split_once('\0').unwrap_or((input, ""));
    let data = match serde_json::from_str::<serde_json::Value>(data) {
        Ok(json) => Value::from_json(&json),
        Err(_) => Value::str(data),
    };
    let mut set = Templates::new("fuzz", gotemplate::sprig::funcs());
    if set.parse("fuzz", text).is_ok() {
        let _ = set.execute("fuzz", &data);
    }
}

/// Any text must parse as YAML or fail; what parses must print.
pub fn yaml_parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(v) = goyaml::from_str(text) {
        let _ = goyaml::to_string(&v);
    }
}

/// A stored release record, as bytes (base64-decoded) and as the base64 text itself: decoding
/// fails or succeeds, never panics; the quick summary never accepts what the full decoder
/// rejects and agrees with it on what `list` and `history` print; what decodes re-encodes and
/// decodes again.
pub fn release_codec(data: &[u8]) {
    use rhelm::release::codec;
    let _ = codec::decode_bytes(data);
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let full = codec::decode(text);
    if let Ok(s) = codec::decode_summary(text) {
        let r = full
            .as_ref()
            .unwrap_or_else(|e| panic!("the summary read a record the decoder rejects: {e}"));
        assert_eq!(
            (&s.name, s.version, s.status()),
            (&r.name, r.version, r.status())
        );
    }
    if let Ok(r) = full {
        if let Ok(again) = codec::encode(&r) {
            codec::decode(&again).expect("an encoded release decodes");
        }
    }
}

/// One `--set`-family argument, parsed in every mode (`--set`, `--set-string`, `--set-json`,
/// `--set-literal`, and `--set-file` with a reader that answers with the file name).
pub fn set_parse(data: &[u8]) {
    use rhelm::chart::strvals;
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = strvals::parse(text);
    let _ = strvals::parse_string(text);
    let _ = strvals::parse_literal(text);
    let _ = strvals::parse_json(text, &mut serde_json::Map::new());
    let mut reader = |name: &str| Ok(serde_json::Value::String(name.to_string()));
    let _ = strvals::parse_into_file(text, &mut serde_json::Map::new(), &mut reader);
}

/// Chart archive bytes: loading fails or gives a chart, within Helm's size limits.
pub fn chart_archive(data: &[u8]) {
    use rhelm::chart::archive;
    if let Ok(files) = archive::load_archive_files(data) {
        let total: u64 = files.iter().map(|f| f.data.len() as u64).sum();
        assert!(total <= archive::MAX_DECOMPRESSED_CHART_SIZE);
        assert!(files
            .iter()
            .all(|f| !f.name.starts_with('/') && !f.name.split('/').any(|p| p == "..")));
    }
    let _ = rhelm::chart::load_archive(data);
}

/// Rendered template text: split into documents (Helm's separator rules), then sorted into
/// hooks and manifests (each document's head parsed as YAML).
pub fn manifest_split(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let docs = rhelm::release::manifest::split_manifests(text);
    assert!(docs.iter().all(|d| d.len() <= text.len()));
    let _ = rhelm::chart::yaml::split_documents(data);
    let files = BTreeMap::from([("c/templates/t.yaml".to_string(), text.to_string())]);
    let _ = rhelm::render::manifest::sort_manifests(&files, rhelm::render::manifest::INSTALL_ORDER);
}

/// A target's body.
pub type Target = fn(&[u8]);

/// Every target by name, for the replay test.
pub const TARGETS: &[(&str, Target)] = &[
    ("template_parse", template_parse),
    ("template_exec", template_exec),
    ("yaml_parse", yaml_parse),
    ("release_codec", release_codec),
    ("set_parse", set_parse),
    ("chart_archive", chart_archive),
    ("manifest_split", manifest_split),
];
