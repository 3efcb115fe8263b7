//! YAML as Helm reads and writes it: go-yaml v2 semantics (YAML 1.1 resolution, merge keys,
//! anchors, sigs.k8s.io/yaml's JSON conversion) and go-yaml v2's output layout. Parsed integers
//! stay JSON integers and floats JSON floats; Helm itself then holds every number as a float64,
//! which is the caller's conversion.
//!
//! The parser is `libyaml-safer`; where it differs from go-yaml's scanner the input is re-read the
//! way go-yaml reads it. Its panics on some inputs are caught: the first parse installs a panic
//! hook that stays silent for panics inside the parser and passes every other panic on to the
//! hook that was installed before.
//!
//! - [`from_str`] is sigs.k8s.io/yaml `Unmarshal` into `interface{}` (first document only).
//! - [`from_str_all`] decodes every document of a stream the same way.
//! - [`to_string`] is sigs.k8s.io/yaml `Marshal` (Helm's `toYaml` before it trims the newline).
//! - [`to_string_pretty`] is the yaml.v3 encoder with indent 2 (Helm's `toYamlPretty`).
//! - [`node`] reads YAML into yaml.v3's node tree; [`kyaml`] splits and writes streams of them
//!   as kustomize's kyaml does (Helm 4's post-rendering).

mod decode;
mod emit3;
mod encode;
pub mod kyaml;
pub mod node;
mod pretty;
pub mod quick;
mod resolve;
mod simple;
mod sorter;

pub use pretty::GoValue;
use serde_json::Value;

/// Nesting depth above which work runs on a helper thread with a large stack: the decoder and
/// encoder recurse once or twice per level, and go-yaml accepts up to 10000 levels.
const DEEP: usize = 128;

/// Runs `f` directly for shallow data, else on a scoped thread whose stack fits `depth` levels.
pub(crate) fn with_stack<R: Send>(depth: usize, f: impl FnOnce() -> R + Send) -> R {
    if depth <= DEEP {
        return f();
    }
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(16 * 1024 * 1024 + depth * 16 * 1024)
            .spawn_scoped(s, f)
            .expect("spawn thread for deeply nested YAML")
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))
    })
}

/// Nesting depth of a JSON value (iterative, so deep values cannot overflow the stack here).
pub(crate) fn value_depth(v: &Value) -> usize {
    let mut max = 0;
    let mut stack = vec![(v, 1usize)];
    while let Some((v, d)) = stack.pop() {
        max = max.max(d);
        match v {
            Value::Array(items) => stack.extend(items.iter().map(|i| (i, d + 1))),
            Value::Object(m) => stack.extend(m.values().map(|i| (i, d + 1))),
            _ => {}
        }
    }
    max
}

/// A YAML error, displayed with the text sigs.k8s.io/yaml gives, e.g.
/// `error converting YAML to JSON: yaml: line 3: did not find expected key`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// YAML could not be parsed or converted; the payload is the inner Go error text
    /// (`yaml: line 2: ...`, `json: unsupported value: NaN`, ...).
    #[error("error converting YAML to JSON: {0}")]
    Yaml(String),
    /// `Marshal` failed: go-yaml v2 could not read back the JSON text (for example a string
    /// holding DEL or a C1 control character gives `yaml: control characters are not allowed`).
    #[error("{0}")]
    Marshal(String),
    /// yaml.v3 could not read the text into nodes (`yaml: line 2: ...`).
    #[error("{0}")]
    Parse(String),
}

impl Error {
    /// The inner error text without sigs.k8s.io/yaml's `error converting YAML to JSON: ` prefix.
    pub fn inner(&self) -> &str {
        match self {
            Error::Yaml(s) | Error::Marshal(s) | Error::Parse(s) => s,
        }
    }
}

/// Parses the first YAML document like sigs.k8s.io/yaml `Unmarshal` into `interface{}`.
/// An empty document gives `Value::Null`. Map keys keep document order.
pub fn from_str(input: &str) -> Result<Value, Error> {
    decode::from_str(input)
}

/// Parses every document of a YAML stream (an empty stream gives an empty vector).
pub fn from_str_all(input: &str) -> Result<Vec<Value>, Error> {
    decode::from_str_all(input)
}

/// Prints a value like sigs.k8s.io/yaml `Marshal` (go-yaml v2 layout), ending with a newline.
/// When `Marshal` would fail (see [`try_to_string`]) this returns an empty string, which is what
/// Helm's `toYaml` prints in that case.
pub fn to_string(value: &Value) -> String {
    try_to_string(value).unwrap_or_default()
}

/// Like [`to_string`], but returns `Marshal`'s error (Helm 4's `mustToYaml`).
pub fn try_to_string(value: &Value) -> Result<String, Error> {
    with_stack(value_depth(value), || encode::to_string(value))
}

/// go-yaml v2 `Unmarshal` of the first document into `map[interface{}]interface{}`, then
/// `Marshal` (no JSON conversion: keys keep their YAML types, so `1:` stays `1:` and `on:` reads
/// as `true:`). `None` when the document is not a mapping; an empty document gives `{}`.
pub fn remarshal_map(input: &str) -> Result<Option<String>, Error> {
    encode::remarshal_map(input)
}

/// The items of the first document's top-level sequence `key` (a `List`'s `items`), each read
/// into a go-yaml v2 `yaml.MapSlice` and written back with `Marshal`: keys stay in document
/// order at every level and keep their YAML types. `None` when the document is not a mapping,
/// `key` is not a sequence, or an item is not a mapping; no `key` gives no items.
pub fn remarshal_items(input: &str, key: &str) -> Result<Option<Vec<String>>, Error> {
    encode::remarshal_items(input, key)
}

/// Prints a value like Helm's `toYamlPretty` (yaml.v3 encoder, indent 2), ending with a newline.
pub fn to_string_pretty(value: &Value) -> String {
    with_stack(value_depth(value), || pretty::to_string_pretty(value))
}

/// Like [`to_string_pretty`], for a Go value that holds scalars JSON cannot describe.
pub fn go_to_string_pretty(value: &GoValue) -> String {
    with_stack(value.depth(), || pretty::go_to_string_pretty(value))
}
