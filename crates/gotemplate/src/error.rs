//! Parse and execution errors with Go's texts and positions.

use thiserror::Error;

/// An error from parsing or executing a template. `Display` gives Go's exact text.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Error {
    /// `template: NAME:LINE: MESSAGE`
    #[error("template: {name}:{line}: {msg}")]
    Parse {
        /// The name of the template being parsed (the file name in Helm).
        name: String,
        /// The line (1-based) where parsing failed.
        line: usize,
        /// Go's message.
        msg: String,
    },
    /// `template: NAME:LINE:COL: executing "TEMPLATE" at <NODE>: MESSAGE`
    #[error("template: {location}: executing \"{template}\" at <{node}>: {msg}")]
    Exec {
        /// `NAME:LINE:COL`, NAME being the parse name of the file the node comes from.
        location: String,
        /// The name of the template being executed.
        template: String,
        /// The node, printed as Go prints it.
        node: String,
        /// Go's message.
        msg: String,
    },
    /// An execution error without a node: `template: NAME: MESSAGE`.
    #[error("template: {template}: {msg}")]
    ExecNoNode {
        /// The name of the template being executed.
        template: String,
        /// Go's message.
        msg: String,
    },
    /// Any other error, with its full text (`template: no template "x" associated with ...`).
    #[error("{0}")]
    Other(String),
}

impl Error {
    /// The message after the position and context, as Go formats it.
    pub fn message(&self) -> &str {
        match self {
            Error::Parse { msg, .. } | Error::Exec { msg, .. } | Error::ExecNoNode { msg, .. } => {
                msg
            }
            Error::Other(s) => s,
        }
    }

    /// Whether this is a parse error.
    pub fn is_parse(&self) -> bool {
        matches!(self, Error::Parse { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_match_go() {
        let e = Error::Parse {
            name: "t".into(),
            line: 2,
            msg: "function \"x\" not defined".into(),
        };
        assert_eq!(e.to_string(), "template: t:2: function \"x\" not defined");
        let e = Error::Exec {
            location: "t:1:5".into(),
            template: "t".into(),
            node: "index .a 1".into(),
            msg: "error calling index: boom".into(),
        };
        assert_eq!(
            e.to_string(),
            "template: t:1:5: executing \"t\" at <index .a 1>: error calling index: boom"
        );
    }
}
