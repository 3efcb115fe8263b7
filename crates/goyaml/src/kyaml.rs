//! kustomize kyaml's resource streams, as Helm 4 uses them around a post-renderer:
//! `kio.ParseAll` (split a stream into resources), `kio.StringAll` (write them back through
//! yaml.v3 with kyaml's settings) and the annotation setters.
//!
//! `ParseAll` tags each resource with index annotations that `StringAll` removes again; only
//! the side effects of that round trip are kept here (an empty `annotations` or `metadata`
//! disappears, a resource that is not a mapping is refused).

use crate::node::{parse_document, Document, Kind, Node, ScalarStyle};

/// Why a stream could not be read as resources; the texts are kyaml's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KioError {
    /// A `---` line with more than a comment after it.
    #[error("invalid document separator: {0}")]
    Separator(String),
    /// A document is not YAML.
    #[error("MalformedYAMLError: {0}")]
    Malformed(String),
    /// A document is not a mapping (yaml.v3's kind names; the document follows).
    #[error("wrong node kind: expected MappingNode but got {kind}: node contents:\n{contents}")]
    NotMapping {
        /// The document's kind (`SequenceNode`, ...).
        kind: String,
        /// The document written back by kyaml.
        contents: String,
    },
}

/// Splits at lines starting with `---` (kyaml's `\n---.*\n`), checking that only a comment
/// follows the marker.
fn split_documents(s: &str) -> Result<Vec<String>, KioError> {
    let mut docs = Vec::new();
    if s.is_empty() {
        return Ok(docs);
    }
    let mut prev = 0;
    let mut from = 0;
    while let Some(rel) = s[from..].find("\n---") {
        let start = from + rel;
        let Some(nl) = s[start + 4..].find('\n') else {
            break;
        };
        let end = start + 4 + nl + 1;
        let after = s[start + 4..end].trim();
        if !after.is_empty() && !after.starts_with('#') {
            return Err(KioError::Separator(s[start..end].trim().to_string()));
        }
        docs.push(s[prev..start].to_string());
        prev = end;
        from = end;
    }
    docs.push(s[prev..].to_string());
    Ok(docs)
}

/// `kio.ParseAll`: the resources of a stream, empty documents dropped. A stream of one
/// document that is a `List` (or `ResourceList`) with `items` gives its items.
pub fn parse_all(input: &str) -> Result<Vec<Document>, KioError> {
    let text = input.replace("\r\n", "\n");
    let values = split_documents(&text)?;
    let single = values.len() == 1;
    let last = values.len().saturating_sub(1);
    let mut out = Vec::new();
    for (i, mut value) in values.into_iter().enumerate() {
        if i != last {
            value.push('\n');
        }
        let doc = match parse_document(&value) {
            Ok(Some(d)) => d,
            Ok(None) => continue,
            Err(e) => return Err(KioError::Malformed(e.inner().to_string())),
        };
        if doc.root.is_null() {
            continue;
        }
        let mut doc = doc;
        prepare(&mut doc)?;
        if single && is_list(&doc.root) {
            if let Some(Node {
                kind: Kind::Sequence(items),
                ..
            }) = doc.root.get("items")
            {
                out.extend(items.iter().map(|n| Document {
                    root: n.clone(),
                    ..Document::default()
                }));
            }
            continue;
        }
        out.push(doc);
    }
    Ok(out)
}

/// A `List`/`ResourceList` wrapper kyaml unwraps.
fn is_list(root: &Node) -> bool {
    let kind = root.get("kind").and_then(Node::as_str).unwrap_or("");
    (kind == "List" || kind == "ResourceList")
        && (root.get("items").is_some() || root.get("functionConfig").is_some())
}

/// What the reader's index annotation does to a resource on the way: it must be a mapping,
/// and empty annotations and metadata go.
fn prepare(doc: &mut Document) -> Result<(), KioError> {
    if !matches!(doc.root.kind, Kind::Mapping(_)) {
        return Err(KioError::NotMapping {
            kind: doc.root.kind_name().to_string(),
            contents: string_all(std::slice::from_ref(&Document {
                root: doc.root.clone(),
                ..Document::default()
            })),
        });
    }
    clear_empty_annotations(&mut doc.root);
    Ok(())
}

/// `kio.StringAll`: the resources written by one yaml.v3 encoder with kyaml's settings
/// (indent 2, compact sequences), separated by `---`.
pub fn string_all(docs: &[Document]) -> String {
    let docs: Vec<Document> = docs
        .iter()
        .map(|d| {
            let mut d = d.clone();
            clear_empty_annotations(&mut d.root);
            d
        })
        .collect();
    crate::emit3::emit_documents(&docs, true)
}

/// kyaml's `ClearEmptyAnnotations`: `metadata.annotations` goes when it has no entries (or
/// is not a collection), then `metadata` likewise.
pub fn clear_empty_annotations(root: &mut Node) {
    if let Some(meta) = root.get_mut("metadata") {
        clear_field_if_empty(meta, "annotations");
    }
    clear_field_if_empty(root, "metadata");
}

fn clear_field_if_empty(map: &mut Node, name: &str) {
    if let Some(entries) = map.entries_mut() {
        if let Some(i) = entries
            .iter()
            .position(|(k, v)| k.as_str() == Some(name) && !v.has_content())
        {
            entries.remove(i);
        }
    }
}

/// kyaml's `SetAnnotation`: sets `metadata.annotations.KEY` (single-quoted), creating
/// `metadata` and `annotations` at the end of their parents when missing. An existing
/// annotation keeps its place and style.
pub fn set_annotation(root: &mut Node, key: &str, value: &str) {
    clear_empty_annotations(root);
    let Some(meta) = child_mapping(root, "metadata") else {
        return;
    };
    let Some(annotations) = child_mapping(meta, "annotations") else {
        return;
    };
    let mut v = Node::scalar(value);
    v.style = ScalarStyle::SingleQuoted;
    if let Some(old) = annotations.get_mut(key) {
        v.style = old.style;
        *old = v;
        return;
    }
    if let Some(entries) = annotations.entries_mut() {
        entries.push((Node::scalar(key), v));
    }
}

/// The mapping under `name`, appended when missing; `None` when `map` is not a mapping.
fn child_mapping<'a>(map: &'a mut Node, name: &str) -> Option<&'a mut Node> {
    let entries = map.entries_mut()?;
    let i = match entries.iter().position(|(k, _)| k.as_str() == Some(name)) {
        Some(i) => i,
        None => {
            entries.push((Node::scalar(name), Node::mapping()));
            entries.len() - 1
        }
    };
    Some(&mut entries[i].1)
}

/// The text of annotation `key` (`""` for a null or missing one), as kyaml's `GetMeta`.
pub fn annotation(root: &Node, key: &str) -> String {
    let Some(v) = root
        .get("metadata")
        .and_then(|m| m.get("annotations"))
        .and_then(|a| a.get(key))
    else {
        return String::new();
    };
    if v.is_null() {
        return String::new();
    }
    v.as_str().unwrap_or("").to_string()
}

/// kyaml's `ClearAnnotation`: removes `metadata.annotations.KEY` when present.
pub fn clear_annotation(root: &mut Node, key: &str) {
    let Some(annotations) = root
        .get_mut("metadata")
        .and_then(|m| m.get_mut("annotations"))
    else {
        return;
    };
    if let Some(entries) = annotations.entries_mut() {
        if let Some(i) = entries.iter().position(|(k, _)| k.as_str() == Some(key)) {
            entries.remove(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Round trip through kyaml; the expected texts are what helm 4.1.4 gave a post-renderer.
    fn round_trip(input: &str) -> String {
        string_all(&parse_all(input).unwrap())
    }

    #[test]
    fn sequences_become_compact_and_styles_stay() {
        assert_eq!(
            round_trip(
                "a:\n    - x\n    -   y\nb: {k: \"1\", l: 'two'}\nc: [\"a\", b]\nd: 010\ne: ~\n"
            ),
            "a:\n- x\n- y\nb: {k: \"1\", l: 'two'}\nc: [\"a\", b]\nd: 010\ne: ~\n"
        );
        assert_eq!(
            round_trip("s:\n  c:\n    - name: n\n      env:\n        - {a: 1}\n"),
            "s:\n  c:\n  - name: n\n    env:\n    - {a: 1}\n"
        );
    }

    #[test]
    fn block_scalars_and_anchors_are_kept() {
        assert_eq!(
            round_trip("d: &x\n  l: |\n    one\n    two\n  f: >\n    folded text\n  k: |+\n    kept\n\n  n: 1\ne: *x\n"),
            "d: &x\n  l: |\n    one\n    two\n  f: >\n    folded text\n\n  k: |+\n    kept\n\n  n: 1\ne: *x\n"
        );
    }

    #[test]
    fn streams_split_on_separator_lines_and_drop_empty_documents() {
        let docs = parse_all("a: 1\n---\n---\n--- # c\nb: 2\n").unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(string_all(&docs), "a: 1\n---\nb: 2\n");
        assert_eq!(
            parse_all("a: 1\n--- b\n").unwrap_err().to_string(),
            "invalid document separator: --- b"
        );
    }

    #[test]
    fn annotations_are_added_at_the_end_and_removed_with_empty_parents() {
        let mut docs =
            parse_all("kind: A\nmetadata: {name: n}\n---\nkind: B\nmetadata:\n  annotations: {}\n")
                .unwrap();
        for d in &mut docs {
            set_annotation(&mut d.root, "k", "v");
        }
        assert_eq!(
            string_all(&docs),
            "kind: A\nmetadata: {name: n, annotations: {k: 'v'}}\n---\nkind: B\nmetadata:\n  annotations:\n    k: 'v'\n"
        );
        for d in &mut docs {
            assert_eq!(annotation(&d.root, "k"), "v");
            clear_annotation(&mut d.root, "k");
        }
        assert_eq!(
            string_all(&docs),
            "kind: A\nmetadata: {name: n}\n---\nkind: B\n"
        );
    }

    #[test]
    fn comments_are_kept_and_normalised() {
        // What helm 4.1.4 prints for this template through a `cat` post-renderer.
        assert_eq!(
            round_trip(
                "# lead\na: 1   # one\nb:\n# zero column\n    c: |  # hdr\n      t\n    l:\n      - x\n      # after\n    d: 2\n# end\n"
            ),
            "# lead\na: 1 # one\nb:\n  # zero column\n  c: | # hdr\n    t\n  l:\n  - x\n  # after\n\n  d: 2\n# end\n"
        );
    }
}
