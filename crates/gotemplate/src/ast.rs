//! The parse tree, printed back as Go's parse.Node String() does (used in error texts).

use std::fmt::{self, Write};
use std::sync::Arc;

use crate::lex::go_quote;

/// A byte offset into the text a template was parsed from.
pub type Pos = usize;

/// A sequence of nodes.
#[derive(Clone, Debug, Default)]
pub struct ListNode {
    /// Byte offset in the template text.
    pub pos: Pos,
    /// The nodes, in order.
    pub nodes: Vec<Node>,
}

/// A node of a template body.
#[derive(Clone, Debug)]
pub enum Node {
    /// Plain text.
    Text {
        /// Byte offset in the template text.
        pos: Pos,
        /// The text, shared with the parse.
        text: Arc<str>,
    },
    /// A comment (only kept when asked for; never by default).
    Comment {
        /// Byte offset in the template text.
        pos: Pos,
        /// The comment as written, delimiters included.
        text: String,
    },
    /// A non-control action such as `{{.X}}`.
    Action(ActionNode),
    /// `{{if pipeline}} … {{else}} … {{end}}`.
    If(BranchNode),
    /// `{{range pipeline}} … {{else}} … {{end}}`.
    Range(BranchNode),
    /// `{{with pipeline}} … {{else}} … {{end}}`.
    With(BranchNode),
    /// `{{template "name" pipeline}}`.
    Template(TemplateNode),
    /// `{{break}}` inside a `range`.
    Break {
        /// Byte offset in the template text.
        pos: Pos,
        /// Line number (1-based) in the template text.
        line: usize,
    },
    /// `{{continue}}` inside a `range`.
    Continue {
        /// Byte offset in the template text.
        pos: Pos,
        /// Line number (1-based) in the template text.
        line: usize,
    },
}

#[derive(Clone, Debug)]
/// A non-control action: a pipeline whose value is printed unless it declares variables.
pub struct ActionNode {
    /// Byte offset in the template text.
    pub pos: Pos,
    /// Line number (1-based) in the template text.
    pub line: usize,
    /// The pipeline evaluated.
    pub pipe: PipeNode,
}

/// The common shape of `if`, `range` and `with`.
#[derive(Clone, Debug)]
pub struct BranchNode {
    /// Byte offset in the template text.
    pub pos: Pos,
    /// Line number (1-based) in the template text.
    pub line: usize,
    /// The pipeline evaluated.
    pub pipe: PipeNode,
    /// The body run when the pipeline is true (or, for `range`, for each element).
    pub list: ListNode,
    /// The `{{else}}` body, if any (an `else if` chain is nested here).
    pub else_list: Option<ListNode>,
}

/// `{{template "name" pipeline}}`.
#[derive(Clone, Debug)]
pub struct TemplateNode {
    /// Byte offset in the template text.
    pub pos: Pos,
    /// Line number (1-based) in the template text.
    pub line: usize,
    /// The name of the template called.
    pub name: String,
    /// The pipeline whose value becomes the called template's dot, if any.
    pub pipe: Option<PipeNode>,
}

/// A pipeline with optional variable declarations or assignments.
#[derive(Clone, Debug)]
pub struct PipeNode {
    /// Byte offset in the template text.
    pub pos: Pos,
    /// Line number (1-based) in the template text.
    pub line: usize,
    /// The variables are assigned (`=`), not declared (`:=`).
    pub is_assign: bool,
    /// The variables declared or assigned, in order.
    pub decl: Vec<VariableNode>,
    /// The commands, joined by `|`.
    pub cmds: Vec<CommandNode>,
}

/// One command of a pipeline: its operands.
#[derive(Clone, Debug)]
pub struct CommandNode {
    /// Byte offset in the template text.
    pub pos: Pos,
    /// The function or value first, then its arguments.
    pub args: Vec<Arg>,
}

/// `$x` or `$x.Field.Chain`; the first ident includes the `$`.
#[derive(Clone, Debug)]
pub struct VariableNode {
    /// Byte offset in the template text.
    pub pos: Pos,
    /// `$x` then the field names that follow it.
    pub ident: Vec<String>,
}

/// A numeric constant, parsed under every type that can hold it (Go's ideal constants).
#[derive(Clone, Debug)]
pub struct NumberNode {
    /// Byte offset in the template text.
    pub pos: Pos,
    /// The constant can be an `int`.
    pub is_int: bool,
    /// The constant can be a `uint64`.
    pub is_uint: bool,
    /// The constant can be a `float64`.
    pub is_float: bool,
    /// The constant is imaginary (`2i`).
    pub is_complex: bool,
    /// The value as an `int` (when `is_int`).
    pub int64: i64,
    /// The value as a `uint64` (when `is_uint`).
    pub uint64: u64,
    /// The value as a `float64` (when `is_float`).
    pub float64: f64,
    /// Real and imaginary parts of a complex constant.
    pub complex: (f64, f64),
    /// The constant as written.
    pub text: String,
}

/// An operand of a command.
#[derive(Clone, Debug)]
pub enum Arg {
    /// `.X.Y` (idents without dots).
    Field {
        /// Byte offset in the template text.
        pos: Pos,
        /// The field names.
        ident: Vec<String>,
    },
    /// `(pipeline).X.Y` or another term followed by fields.
    Chain {
        /// Byte offset in the template text.
        pos: Pos,
        /// The term the fields apply to.
        node: Box<Arg>,
        /// The field names that follow it.
        field: Vec<String>,
    },
    /// A function name.
    Identifier {
        /// Byte offset in the template text.
        pos: Pos,
        /// The function name.
        name: String,
    },
    /// A variable with its field chain.
    Variable(VariableNode),
    /// `.` itself.
    Dot {
        /// Byte offset in the template text.
        pos: Pos,
    },
    /// The untyped `nil`.
    Nil {
        /// Byte offset in the template text.
        pos: Pos,
    },
    /// `true` or `false`.
    Bool {
        /// Byte offset in the template text.
        pos: Pos,
        /// The value.
        val: bool,
    },
    /// A numeric constant.
    Number(Box<NumberNode>),
    /// A string constant.
    String {
        /// Byte offset in the template text.
        pos: Pos,
        /// The constant as written, quotes included.
        quoted: String,
        /// The string value; bytes that are not UTF-8 (`"\xff"`) are escaped
        /// ([`crate::gostr`]).
        text: Arc<str>,
    },
    /// A parenthesised pipeline.
    Pipe(Box<PipeNode>),
}

impl Arg {
    /// Byte offset of the operand in the template text.
    pub fn pos(&self) -> Pos {
        match self {
            Arg::Field { pos, .. }
            | Arg::Chain { pos, .. }
            | Arg::Identifier { pos, .. }
            | Arg::Dot { pos }
            | Arg::Nil { pos }
            | Arg::Bool { pos, .. }
            | Arg::String { pos, .. } => *pos,
            Arg::Variable(v) => v.pos,
            Arg::Number(n) => n.pos,
            Arg::Pipe(p) => p.pos,
        }
    }
}

impl Node {
    /// Byte offset of the node in the template text.
    pub fn pos(&self) -> Pos {
        match self {
            Node::Text { pos, .. }
            | Node::Comment { pos, .. }
            | Node::Break { pos, .. }
            | Node::Continue { pos, .. } => *pos,
            Node::Action(a) => a.pos,
            Node::If(b) | Node::Range(b) | Node::With(b) => b.pos,
            Node::Template(t) => t.pos,
        }
    }
}

/// A reference to any node, for error contexts.
#[derive(Clone, Copy, Debug)]
pub enum NodeRef<'a> {
    /// A body node.
    Node(&'a Node),
    /// A list of nodes.
    List(&'a ListNode),
    /// A pipeline.
    Pipe(&'a PipeNode),
    /// A command of a pipeline.
    Command(&'a CommandNode),
    /// An operand.
    Arg(&'a Arg),
    /// A variable.
    Variable(&'a VariableNode),
}

impl NodeRef<'_> {
    /// Byte offset of the node in the template text.
    pub fn pos(&self) -> Pos {
        match self {
            NodeRef::Node(n) => n.pos(),
            NodeRef::List(l) => l.pos,
            NodeRef::Pipe(p) => p.pos,
            NodeRef::Command(c) => c.pos,
            NodeRef::Arg(a) => a.pos(),
            NodeRef::Variable(v) => v.pos,
        }
    }
}

impl fmt::Display for NodeRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NodeRef::Node(n) => n.fmt(f),
            NodeRef::List(l) => l.fmt(f),
            NodeRef::Pipe(p) => p.fmt(f),
            NodeRef::Command(c) => c.fmt(f),
            NodeRef::Arg(a) => a.fmt(f),
            NodeRef::Variable(v) => v.fmt(f),
        }
    }
}

impl fmt::Display for ListNode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for n in &self.nodes {
            n.fmt(f)?;
        }
        Ok(())
    }
}

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Node::Text { text, .. } => f.write_str(text),
            Node::Comment { text, .. } => write!(f, "{{{{{text}}}}}"),
            Node::Action(a) => write!(f, "{{{{{}}}}}", a.pipe),
            Node::If(b) => write_branch(f, "if", b),
            Node::Range(b) => write_branch(f, "range", b),
            Node::With(b) => write_branch(f, "with", b),
            Node::Template(t) => {
                write!(f, "{{{{template {}", go_quote(&t.name))?;
                if let Some(p) = &t.pipe {
                    write!(f, " {p}")?;
                }
                f.write_str("}}")
            }
            Node::Break { .. } => f.write_str("{{break}}"),
            Node::Continue { .. } => f.write_str("{{continue}}"),
        }
    }
}

fn write_branch(f: &mut fmt::Formatter<'_>, name: &str, b: &BranchNode) -> fmt::Result {
    write!(f, "{{{{{name} {}}}}}{}", b.pipe, b.list)?;
    if let Some(e) = &b.else_list {
        write!(f, "{{{{else}}}}{e}")?;
    }
    f.write_str("{{end}}")
}

impl fmt::Display for PipeNode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.decl.is_empty() {
            for (i, v) in self.decl.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                v.fmt(f)?;
            }
            f.write_str(if self.is_assign { " = " } else { " := " })?;
        }
        for (i, c) in self.cmds.iter().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            c.fmt(f)?;
        }
        Ok(())
    }
}

impl fmt::Display for CommandNode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, a) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_char(' ')?;
            }
            if let Arg::Pipe(p) = a {
                write!(f, "({p})")?;
            } else {
                a.fmt(f)?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for VariableNode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.ident.join("."))
    }
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Field { ident, .. } => {
                for id in ident {
                    write!(f, ".{id}")?;
                }
                Ok(())
            }
            Arg::Chain { node, field, .. } => {
                if let Arg::Pipe(p) = &**node {
                    write!(f, "({p})")?;
                } else {
                    node.fmt(f)?;
                }
                for id in field {
                    write!(f, ".{id}")?;
                }
                Ok(())
            }
            Arg::Identifier { name, .. } => f.write_str(name),
            Arg::Variable(v) => v.fmt(f),
            Arg::Dot { .. } => f.write_str("."),
            Arg::Nil { .. } => f.write_str("nil"),
            Arg::Bool { val, .. } => f.write_str(if *val { "true" } else { "false" }),
            Arg::Number(n) => f.write_str(&n.text),
            Arg::String { quoted, .. } => f.write_str(quoted),
            Arg::Pipe(p) => p.fmt(f),
        }
    }
}

/// Whether a tree holds nothing but space and comments (Go's `parse.IsEmptyTree`).
pub fn is_empty_tree(list: &ListNode) -> bool {
    list.nodes.iter().all(|n| match n {
        Node::Text { text, .. } => text.trim_matches(|c: char| c.is_whitespace()).is_empty(),
        Node::Comment { .. } => true,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_print_like_go() {
        let field = Arg::Field {
            pos: 0,
            ident: vec!["Values".into(), "x".into()],
        };
        let cmd = CommandNode {
            pos: 0,
            args: vec![
                Arg::Identifier {
                    pos: 0,
                    name: "index".into(),
                },
                field.clone(),
                Arg::String {
                    pos: 0,
                    quoted: "\"a\"".into(),
                    text: "a".into(),
                },
            ],
        };
        assert_eq!(cmd.to_string(), "index .Values.x \"a\"");
        let pipe = PipeNode {
            pos: 0,
            line: 1,
            is_assign: false,
            decl: vec![VariableNode {
                pos: 0,
                ident: vec!["$x".into()],
            }],
            cmds: vec![cmd],
        };
        assert_eq!(pipe.to_string(), "$x := index .Values.x \"a\"");
        let chain = Arg::Chain {
            pos: 0,
            node: Box::new(Arg::Pipe(Box::new(pipe.clone()))),
            field: vec!["y".into()],
        };
        assert_eq!(chain.to_string(), "($x := index .Values.x \"a\").y");
        let t = Node::Template(TemplateNode {
            pos: 0,
            line: 1,
            name: "x".into(),
            pipe: None,
        });
        assert_eq!(t.to_string(), "{{template \"x\"}}");
        let b = Node::If(BranchNode {
            pos: 0,
            line: 1,
            pipe: PipeNode {
                pos: 0,
                line: 1,
                is_assign: false,
                decl: vec![],
                cmds: vec![CommandNode {
                    pos: 0,
                    args: vec![field],
                }],
            },
            list: ListNode {
                pos: 0,
                nodes: vec![Node::Text {
                    pos: 0,
                    text: "a".into(),
                }],
            },
            else_list: Some(ListNode::default()),
        });
        assert_eq!(b.to_string(), "{{if .Values.x}}a{{else}}{{end}}");
    }
}
