//! Helm 4's post-rendering of the rendered files (`annotateAndMerge`, `splitAndDeannotate` in
//! pkg/action): before the manifests are sorted, every rendered file's documents (hooks
//! included) are marked with the file they came from and merged into one stream for the
//! post-renderer; its output is split back into files by that mark, and sorting follows.
//! Both steps go through kustomize kyaml, so the documents come out in its layout.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use goyaml::kyaml::{self, KioError};
use goyaml::node::Document;

/// The annotation that carries a document's file name through the post-renderer.
pub const FILENAME_ANNOTATION: &str = "postrenderer.helm.sh/postrender-filename";

/// The post-renderer as a function: the merged stream in, its output (or Helm's error text)
/// out.
pub type PostRenderFn = dyn Fn(&str) -> Result<String, String> + Send + Sync;

/// Runs the post-renderer; called from the render thread.
#[derive(Clone)]
pub struct PostRenderHook(pub Arc<PostRenderFn>);

impl fmt::Debug for PostRenderHook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PostRenderHook")
    }
}

/// Why the files could not be merged for, or split after, the post-renderer.
#[derive(Debug, thiserror::Error)]
pub enum PostRenderError {
    /// A rendered file is not a stream of mappings.
    #[error("parsing {file}: {source}")]
    Parse {
        /// The template path.
        file: String,
        /// kyaml's error.
        source: KioError,
    },
    /// The post-renderer's output is not a stream of mappings.
    #[error("error parsing YAML: {0}")]
    Output(KioError),
}

/// Helm's `fixDocSeparators`: a `---` at the start of a line directly followed by text (left
/// by `{{-` trimming) gets a line break after it.
pub fn fix_doc_separators(content: &str) -> String {
    let mut out = String::with_capacity(content.len());
    let mut rest = content;
    while let Some(i) = rest.find("---") {
        let at_line_start = i == 0 || rest.as_bytes()[i - 1] == b'\n';
        out.push_str(&rest[..i + 3]);
        rest = &rest[i + 3..];
        if at_line_start
            && !rest.is_empty()
            && !matches!(rest.as_bytes()[0], b'\n' | b'\r' | b' ' | b'\t')
        {
            out.push('\n');
        }
    }
    out.push_str(rest);
    out
}

/// Helm's `annotateAndMerge`: the documents of every file (by name; partials and blank files
/// skipped), each annotated with its file name, as one kyaml stream.
pub fn annotate_and_merge(files: &BTreeMap<String, String>) -> Result<String, PostRenderError> {
    let mut all: Vec<Document> = Vec::new();
    for (name, content) in files {
        let base = name.rsplit('/').next().unwrap_or(name);
        if base.starts_with('_') || content.trim().is_empty() {
            continue;
        }
        let docs = kyaml::parse_all(&fix_doc_separators(content)).map_err(|source| {
            PostRenderError::Parse {
                file: name.clone(),
                source,
            }
        })?;
        for mut doc in docs {
            kyaml::set_annotation(&mut doc.root, FILENAME_ANNOTATION, name);
            all.push(doc);
        }
    }
    Ok(kyaml::string_all(&all))
}

/// Helm's `splitAndDeannotate`: the post-renderer's documents grouped back into files by
/// their annotation (`generated-by-postrender-N.yaml` for the N-th document without one),
/// the annotation removed, each file written as a kyaml stream.
pub fn split_and_deannotate(output: &str) -> Result<BTreeMap<String, String>, PostRenderError> {
    let docs = kyaml::parse_all(output).map_err(PostRenderError::Output)?;
    let mut by_file: BTreeMap<String, Vec<Document>> = BTreeMap::new();
    for (i, mut doc) in docs.into_iter().enumerate() {
        let mut name = kyaml::annotation(&doc.root, FILENAME_ANNOTATION);
        if name.is_empty() {
            name = format!("generated-by-postrender-{i}.yaml");
        }
        kyaml::clear_annotation(&mut doc.root, FILENAME_ANNOTATION);
        by_file.entry(name).or_default().push(doc);
    }
    Ok(by_file
        .into_iter()
        .map(|(name, docs)| (name, kyaml::string_all(&docs)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_glued_to_text_get_a_line_break() {
        assert_eq!(
            fix_doc_separators("a: 1\n---b: 2\n--- \nc: 3\nx---y"),
            "a: 1\n---\nb: 2\n--- \nc: 3\nx---y"
        );
    }

    #[test]
    fn documents_go_back_to_their_files_without_the_annotation() {
        let mut files = BTreeMap::new();
        files.insert("c/templates/b.yaml".to_string(), "kind: B\n".to_string());
        files.insert(
            "c/templates/a.yaml".to_string(),
            "kind: A\nmetadata:\n  name: a\n---\n---\nkind: A2\n".to_string(),
        );
        files.insert("c/templates/_h.tpl".to_string(), "kind: H\n".to_string());
        let merged = annotate_and_merge(&files).unwrap();
        assert_eq!(
            merged,
            "kind: A\nmetadata:\n  name: a\n  annotations:\n    \
             postrenderer.helm.sh/postrender-filename: 'c/templates/a.yaml'\n---\n\
             kind: A2\nmetadata:\n  annotations:\n    \
             postrenderer.helm.sh/postrender-filename: 'c/templates/a.yaml'\n---\n\
             kind: B\nmetadata:\n  annotations:\n    \
             postrenderer.helm.sh/postrender-filename: 'c/templates/b.yaml'\n"
        );
        let split = split_and_deannotate(&format!("{merged}---\nkind: New\n")).unwrap();
        let got: Vec<(&str, &str)> = split
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "c/templates/a.yaml",
                    "kind: A\nmetadata:\n  name: a\n---\nkind: A2\n"
                ),
                ("c/templates/b.yaml", "kind: B\n"),
                ("generated-by-postrender-3.yaml", "kind: New\n"),
            ]
        );
    }

    #[test]
    fn a_document_that_is_not_a_mapping_is_refused() {
        let mut files = BTreeMap::new();
        files.insert("c/templates/l.yaml".to_string(), "- a\n- b\n".to_string());
        assert_eq!(
            annotate_and_merge(&files).unwrap_err().to_string(),
            "parsing c/templates/l.yaml: wrong node kind: expected MappingNode but got \
             SequenceNode: node contents:\n- a\n- b\n"
        );
    }
}
