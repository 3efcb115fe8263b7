//! The helm-diff report engine (databus23/helm-diff v3.15.11), pure: manifests in, a report out.
//! Printing lives in `output::diff`; fetching manifests and live objects is the caller's.
//!
//! - [`manifest`]: splitting a manifest into keyed documents (`"<ns>, <name>, <Kind> (<group>)"`).
//! - [`lcs`]: the plugin's line diff.
//! - [`report`]: entries in the plugin's order, Secrets redacted, renames, line suppression,
//!   context.
//! - [`structured`]: the field-level changes of `--output structured`.

pub mod lcs;
pub mod manifest;
pub mod report;
mod secrets;
pub mod structured;

pub use manifest::{document_from_object, parse, parse_by_source, Document, ParseOptions, Parsed};
pub use report::{
    key_parts, report, report_with_ownership, Change, DiffOptions, Entry, KeyParts, Line, LineKind,
    Ownership, Report, SecretMode,
};
pub use structured::{FieldChange, ResourceStatus, StructuredEntry};

/// A manifest helm-diff could not read.
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    /// A document is not YAML, or not an object.
    #[error("a manifest document is not valid YAML ({error}); fix the template that renders it:\n{document}")]
    Yaml {
        /// The YAML parser's error.
        error: String,
        /// The document as rendered.
        document: String,
    },
    /// A `…List` document whose items are not objects.
    #[error(
        "the items of a {kind} document cannot be read: {error}; every item must be an object"
    )]
    ListItem {
        /// The list's Kind.
        kind: String,
        /// Why an item could not be read.
        error: String,
    },
    /// `--normalize-manifests` met a document that is not a mapping.
    #[error("cannot normalize a manifest document: {0}; run without --normalize-manifests or fix the document")]
    Normalize(String),
    /// A document over helm-diff's 10 MiB limit.
    #[error("manifest document {index} is {size} bytes, over the 10 MiB limit a document may have; split it into smaller objects")]
    DocumentTooLarge {
        /// The document's position in the manifest.
        index: usize,
        /// Its size in bytes.
        size: usize,
    },
}
