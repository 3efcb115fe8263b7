//! Executor: Go text/template's evaluation semantics.
//!
//! This follows Go's `exec.go`: the same evaluation order, the same node recorded for error
//! contexts, the same argument conversion and checks against function signatures, and the same
//! error texts.
//!
//! Go distinguishes an invalid (absent) value from a nil `interface {}` held in a map or slice:
//! a field of the first is quietly empty, a field of the second is `nil pointer evaluating
//! interface {}.x`. Values read out of `interface {}` slots (map and list elements) therefore
//! carry an `iface` flag while they have not been through a pipeline.

use std::cell::Cell;
use std::rc::Rc;

use crate::ast::*;
use crate::builtins::zero_value;
use crate::error::Error;
use crate::func::{Env, FuncError, Function};
use crate::gofmt;
use crate::lex::go_quote;
use crate::parse::Tree;
use crate::sprig::MAX_GENERATED_BYTES;
use crate::template::{MissingKey, Templates, DEFAULT_MAX_STACK};
use crate::value::{GoType, Member, Object, Value};

/// Go's `maxExecDepth`.
pub const MAX_EXEC_DEPTH: usize = 100000;

thread_local! {
    /// The stack address of this thread's outermost execution, and the lowest usable stack
    /// address when the platform tells it (0 when unknown).
    static STACK_BASE: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
    /// This thread's lowest usable stack address, asked of the platform once per thread: the
    /// question costs a system call (and on the main thread a read of /proc/self/maps), and a
    /// chart executes each of its templates separately.
    static STACK_LOW: Cell<Option<usize>> = const { Cell::new(None) };
}

/// How many bytes of native stack the calling thread has left, where the platform tells its
/// stack's bounds (glibc on Linux); `None` elsewhere.
pub(crate) fn stack_remaining() -> Option<usize> {
    match thread_stack_low_limit() {
        0 => None,
        low => Some(stack_addr().saturating_sub(low)),
    }
}

/// [`stack_low_limit`], remembered for the thread.
fn thread_stack_low_limit() -> usize {
    STACK_LOW.with(|c| {
        if let Some(low) = c.get() {
            return low;
        }
        let low = stack_low_limit();
        c.set(Some(low));
        low
    })
}

/// Stack kept free below the deepest template call or function call.
pub(crate) const STACK_MARGIN: usize = 256 << 10;

fn stack_addr() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

/// The lowest address of the current thread's stack, where the platform can tell.
// Reviewed exception to the workspace's `unsafe_code = "deny"`: the standard library cannot
// tell a thread's stack bounds, and without them deep templates would overflow the stack
// instead of failing with Go's error. Three glibc calls on the current thread, nothing kept.
#[allow(unsafe_code)]
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn stack_low_limit() -> usize {
    // glibc's pthread_attr_t is 56 (x86_64) or 64 (aarch64) bytes; this buffer is larger.
    #[repr(C, align(16))]
    struct Attr([u8; 256]);
    extern "C" {
        fn pthread_self() -> usize;
        fn pthread_getattr_np(thread: usize, attr: *mut Attr) -> i32;
        fn pthread_attr_getstack(attr: *const Attr, addr: *mut usize, size: *mut usize) -> i32;
        fn pthread_attr_destroy(attr: *mut Attr) -> i32;
    }
    let mut attr = Attr([0; 256]);
    let (mut addr, mut size) = (0usize, 0usize);
    // SAFETY: the calls follow glibc's documented protocol on the current thread, with an
    // attribute buffer larger than glibc's pthread_attr_t and valid out-pointers.
    unsafe {
        if pthread_getattr_np(pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let ok = pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        pthread_attr_destroy(&mut attr);
        if ok {
            addr
        } else {
            0
        }
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn stack_low_limit() -> usize {
    0
}

/// A value with the knowledge whether it was read from an `interface {}` slot.
#[derive(Clone, Debug)]
struct Got {
    v: Value,
    iface: bool,
}

impl Got {
    fn plain(v: Value) -> Got {
        Got { v, iface: false }
    }

    /// The Go type as `reflect.Value.Type()` reports it before indirection.
    fn static_type(&self) -> String {
        if self.iface {
            "interface {}".into()
        } else {
            type_name(&self.v)
        }
    }
}

/// Named Go types whose kind is an integer: constants convert to them.
fn is_int_kinded(name: &str) -> bool {
    matches!(
        name,
        "time.Duration" | "time.Month" | "time.Weekday" | "fs.FileMode" | "os.FileMode"
    )
}

/// `%v` of a value after Go's pointer indirection, as an action prints it: a pointer object
/// printing as `&{...}` prints as `{...}`, and an (addressable) struct through its
/// pointer-receiver `String` method.
fn format_indirect(v: &Value) -> String {
    if let Value::Object(o) = v {
        if o.kind() != "ptr" && o.struct_fields().is_some() {
            return o.format().into_owned();
        }
    }
    let s = gofmt::format_v(v);
    match v {
        Value::Object(o) if o.kind() == "ptr" && s.starts_with("&{") => s[1..].to_string(),
        _ => s,
    }
}

fn type_name(v: &Value) -> String {
    match v {
        Value::Object(o) => o.type_name().to_string(),
        other => other.go_type().to_string(),
    }
}

/// Control flow out of `walk`: break, continue or an error.
enum Flow {
    Break,
    Continue,
    Err(Error),
}

impl From<Error> for Flow {
    fn from(e: Error) -> Flow {
        Flow::Err(e)
    }
}

type R<T> = Result<T, Error>;

struct Var<'a> {
    name: &'a str,
    val: Got,
}

/// The state of one execution (Go's `state`).
pub(crate) struct State<'a> {
    set: &'a Templates,
    tree: &'a Tree,
    tmpl_name: &'a str,
    out: &'a mut String,
    vars: Vec<Var<'a>>,
    depth: usize,
    at: Option<NodeRef<'a>>,
    /// The depth of nested `include`-like executions of this thread's outermost execution.
    nested: usize,
    /// Whether the last argument validated was a nil `interface {}` (not an absent value).
    arg_nil_iface: bool,
}

/// Executes `tree` of `set` with `data`, appending to `out`.
pub(crate) fn execute(set: &Templates, tree: &Tree, data: &Value, out: &mut String) -> R<()> {
    execute_nested(set, tree, data, out, 0)
}

fn execute_nested(
    set: &Templates,
    tree: &Tree,
    data: &Value,
    out: &mut String,
    nested: usize,
) -> R<()> {
    let outermost = STACK_BASE.with(|b| {
        if b.get().0 == 0 {
            b.set((stack_addr(), thread_stack_low_limit()));
            true
        } else {
            false
        }
    });
    let mut st = State {
        set,
        tree,
        tmpl_name: &tree.name,
        out,
        vars: vec![Var {
            name: "$",
            val: Got::plain(data.clone()),
        }],
        depth: 0,
        at: None,
        nested,
        arg_nil_iface: false,
    };
    let dot = Got::plain(data.clone());
    let r = st.walk_list(&dot, &tree.root);
    if outermost {
        STACK_BASE.with(|b| b.set((0, 0)));
    }
    match r {
        Ok(()) => Ok(()),
        Err(Flow::Err(e)) => Err(e),
        // The parser rejects break and continue outside range.
        Err(Flow::Break | Flow::Continue) => Ok(()),
    }
}

impl<'a> State<'a> {
    fn at(&mut self, n: NodeRef<'a>) {
        self.at = Some(n);
    }

    fn errorf(&self, msg: impl Into<String>) -> Error {
        let msg = msg.into();
        match self.at {
            None => Error::ExecNoNode {
                template: self.tmpl_name.to_string(),
                msg,
            },
            Some(n) => Error::Exec {
                location: self.tree.location(n.pos()),
                template: self.tmpl_name.to_string(),
                node: n.to_string(),
                msg,
            },
        }
    }

    /// Whether the native stack is too deep to go on: past the set's limit if it has one, or
    /// within [`STACK_MARGIN`] of the thread's stack end when that is known, or past
    /// [`DEFAULT_MAX_STACK`].
    fn stack_exhausted(&self) -> bool {
        let (base, low) = STACK_BASE.with(|b| b.get());
        let here = stack_addr();
        let used = base.saturating_sub(here);
        if let Some(max) = self.set.max_stack {
            if used > max {
                return true;
            }
        }
        if low != 0 {
            return here < low + STACK_MARGIN;
        }
        used > DEFAULT_MAX_STACK
    }

    // ----- variables -----

    fn mark(&self) -> usize {
        self.vars.len()
    }

    fn pop(&mut self, mark: usize) {
        self.vars.truncate(mark);
    }

    fn push(&mut self, name: &'a str, val: Got) {
        self.vars.push(Var { name, val });
    }

    fn set_var(&mut self, name: &str, val: Got) -> R<()> {
        for v in self.vars.iter_mut().rev() {
            if v.name == name {
                v.val = val;
                return Ok(());
            }
        }
        Err(self.errorf(format!("undefined variable: {name}")))
    }

    fn set_top_var(&mut self, n: usize, val: Got) {
        let i = self.vars.len() - n;
        self.vars[i].val = val;
    }

    fn var_value(&self, name: &str) -> R<Got> {
        for v in self.vars.iter().rev() {
            if v.name == name {
                return Ok(v.val.clone());
            }
        }
        Err(self.errorf(format!("undefined variable: {name}")))
    }

    // ----- walking -----

    fn walk_list(&mut self, dot: &Got, list: &'a ListNode) -> Result<(), Flow> {
        for n in &list.nodes {
            self.walk(dot, n)?;
        }
        Ok(())
    }

    fn walk(&mut self, dot: &Got, node: &'a Node) -> Result<(), Flow> {
        self.at(NodeRef::Node(node));
        match node {
            Node::Text { text, .. } => {
                self.out.push_str(text);
                self.check_output_size()
            }
            Node::Comment { .. } => Ok(()),
            Node::Action(a) => {
                let v = self.eval_pipeline(dot, &a.pipe)?;
                if a.pipe.decl.is_empty() {
                    self.print_value(node, &v);
                }
                self.check_output_size()
            }
            Node::Break { .. } => Err(Flow::Break),
            Node::Continue { .. } => Err(Flow::Continue),
            Node::If(b) => self.walk_if_or_with(false, dot, b),
            Node::With(b) => self.walk_if_or_with(true, dot, b),
            Node::Range(b) => self.walk_range(dot, node, b),
            Node::Template(t) => self.walk_template(dot, node, t),
        }
    }

    fn walk_if_or_with(&mut self, with: bool, dot: &Got, b: &'a BranchNode) -> Result<(), Flow> {
        let mark = self.mark();
        let r = (|| {
            let val = self.eval_pipeline(dot, &b.pipe)?;
            if val.truthy() {
                if with {
                    self.walk_list(&Got::plain(val), &b.list)
                } else {
                    self.walk_list(dot, &b.list)
                }
            } else if let Some(e) = &b.else_list {
                self.walk_list(dot, e)
            } else {
                Ok(())
            }
        })();
        self.pop(mark);
        r
    }

    fn walk_range(&mut self, dot: &Got, node: &'a Node, r: &'a BranchNode) -> Result<(), Flow> {
        self.at(NodeRef::Node(node));
        let mark0 = self.mark();
        let res = self.walk_range_inner(dot, r);
        self.pop(mark0);
        match res {
            Err(Flow::Break) => Ok(()),
            other => other,
        }
    }

    fn walk_range_inner(&mut self, dot: &Got, r: &'a BranchNode) -> Result<(), Flow> {
        let val = self.eval_pipeline(dot, &r.pipe)?.resolved();
        let mark = self.mark();
        let ndecl = r.pipe.decl.len();
        let mut ran = false;
        match &val {
            Value::Int(n) | Value::Int64(n) => {
                if ndecl > 1 {
                    return Err(self
                        .errorf(format!(
                            "can't use {} to iterate over more than one variable",
                            gofmt::format_v(&val)
                        ))
                        .into());
                }
                let is64 = matches!(val, Value::Int64(_));
                for i in 0..(*n).max(0) {
                    ran = true;
                    let e = if is64 { Value::Int64(i) } else { Value::Int(i) };
                    if !self.one_iteration(r, mark, Got::plain(Value::Nil), Got::plain(e))? {
                        return Ok(());
                    }
                }
            }
            Value::List(l) => {
                let iface = l.elem == GoType::Interface;
                for (i, e) in l.items.iter().enumerate() {
                    ran = true;
                    let elem = Got {
                        v: e.clone(),
                        iface,
                    };
                    if !self.one_iteration(r, mark, Got::plain(Value::Int(i as i64)), elem)? {
                        return Ok(());
                    }
                }
            }
            Value::Bytes(b) => {
                for (i, e) in b.iter().enumerate() {
                    ran = true;
                    let elem = Got::plain(Value::Int(*e as i64));
                    if !self.one_iteration(r, mark, Got::plain(Value::Int(i as i64)), elem)? {
                        return Ok(());
                    }
                }
            }
            Value::Map(m) => {
                let (iface, entries): (bool, Vec<(String, Value)>) = {
                    let m = m.borrow();
                    (
                        m.elem == GoType::Interface,
                        m.go_order()
                            .into_iter()
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect(),
                    )
                };
                for (k, v) in entries {
                    ran = true;
                    let elem = Got { v, iface };
                    if !self.one_iteration(r, mark, Got::plain(Value::from(k)), elem)? {
                        return Ok(());
                    }
                }
            }
            Value::Nil => {}
            other => {
                return Err(self
                    .errorf(format!(
                        "range can't iterate over {}",
                        format_indirect(other)
                    ))
                    .into())
            }
        }
        if ran {
            return Ok(());
        }
        if let Some(e) = &r.else_list {
            self.walk_list(dot, e)?;
        }
        Ok(())
    }

    /// One iteration of a range body. Returns false on `break`.
    fn one_iteration(
        &mut self,
        r: &'a BranchNode,
        mark: usize,
        index: Got,
        elem: Got,
    ) -> Result<bool, Flow> {
        let decl = &r.pipe.decl;
        if !decl.is_empty() {
            if r.pipe.is_assign {
                if decl.len() > 1 {
                    self.set_var(&decl[0].ident[0], index.clone())?;
                } else {
                    self.set_var(&decl[0].ident[0], elem.clone())?;
                }
            } else {
                self.set_top_var(1, elem.clone());
            }
        }
        if decl.len() > 1 {
            if r.pipe.is_assign {
                self.set_var(&decl[1].ident[0], elem.clone())?;
            } else {
                self.set_top_var(2, index);
            }
        }
        let res = self.walk_list(&elem, &r.list);
        self.pop(mark);
        match res {
            Ok(()) | Err(Flow::Continue) => Ok(true),
            Err(Flow::Break) => Ok(false),
            Err(e) => Err(e),
        }
    }

    fn walk_template(
        &mut self,
        dot: &Got,
        node: &'a Node,
        t: &'a TemplateNode,
    ) -> Result<(), Flow> {
        self.at(NodeRef::Node(node));
        let set: &'a Templates = self.set;
        let Some(tree) = set.trees.get(&t.name) else {
            return Err(self
                .errorf(format!("template {} not defined", go_quote(&t.name)))
                .into());
        };
        if self.depth >= MAX_EXEC_DEPTH || self.stack_exhausted() {
            return Err(self
                .errorf(format!(
                    "exceeded maximum template depth ({MAX_EXEC_DEPTH})"
                ))
                .into());
        }
        let newdot = match &t.pipe {
            Some(p) => self.eval_pipeline(dot, p)?,
            None => Value::Nil,
        };
        let tree: &'a Tree = tree;
        let saved_vars = std::mem::replace(
            &mut self.vars,
            vec![Var {
                name: "$",
                val: Got::plain(newdot.clone()),
            }],
        );
        let saved_tree = std::mem::replace(&mut self.tree, tree);
        let saved_name = std::mem::replace(&mut self.tmpl_name, &tree.name);
        let saved_at = self.at;
        self.depth += 1;
        let r = self.walk_list(&Got::plain(newdot), &tree.root);
        self.depth -= 1;
        self.vars = saved_vars;
        self.tree = saved_tree;
        self.tmpl_name = saved_name;
        self.at = saved_at;
        r
    }

    /// Fails once the text this execution wrote passes [`MAX_GENERATED_BYTES`] (Go has no
    /// such limit and would grow the output until memory runs out).
    fn check_output_size(&self) -> Result<(), Flow> {
        let n = self.out.len();
        if n <= MAX_GENERATED_BYTES {
            return Ok(());
        }
        Err(Flow::Err(self.errorf(format!(
            "the output of template {} has grown to {n} bytes, over the limit of \
             {MAX_GENERATED_BYTES} for one generated value (helm would try to allocate it all); \
             generate less",
            gostd::strconv::quote(self.tmpl_name)
        ))))
    }

    fn print_value(&mut self, _node: &'a Node, v: &Value) {
        match v {
            Value::Nil => self.out.push_str("<no value>"),
            Value::String(s) => self.out.push_str(s),
            other => self.out.push_str(&format_indirect(other)),
        }
    }

    // ----- evaluation -----

    fn eval_pipeline(&mut self, dot: &Got, pipe: &'a PipeNode) -> R<Value> {
        self.at(NodeRef::Pipe(pipe));
        let mut value: Option<Value> = None;
        for cmd in &pipe.cmds {
            let got = self.eval_command(dot, cmd, value.take())?;
            value = Some(got.v);
        }
        let value = value.unwrap_or(Value::Nil);
        for var in &pipe.decl {
            if pipe.is_assign {
                self.set_var(&var.ident[0], Got::plain(value.clone()))?;
            } else {
                self.push(&var.ident[0], Got::plain(value.clone()));
            }
        }
        Ok(value)
    }

    fn not_a_function(&self, args: &'a [Arg], fin: &Option<Value>) -> R<()> {
        if args.len() > 1 || fin.is_some() {
            return Err(self.errorf(format!("can't give argument to non-function {}", args[0])));
        }
        Ok(())
    }

    fn eval_command(&mut self, dot: &Got, cmd: &'a CommandNode, fin: Option<Value>) -> R<Got> {
        let first = &cmd.args[0];
        match first {
            Arg::Field { ident, .. } => {
                return self.eval_field_node(dot, first, ident, &cmd.args, fin)
            }
            Arg::Chain { node, field, .. } => {
                return self.eval_chain_node(dot, first, node, field, &cmd.args, fin)
            }
            Arg::Identifier { name, .. } => {
                return self.eval_function(dot, first, name, NodeRef::Command(cmd), &cmd.args, fin)
            }
            Arg::Pipe(p) => {
                self.not_a_function(&cmd.args, &fin)?;
                return Ok(Got::plain(self.eval_pipeline(dot, p)?));
            }
            Arg::Variable(v) => return self.eval_variable_node(dot, v, &cmd.args, fin),
            _ => {}
        }
        self.at(NodeRef::Arg(first));
        self.not_a_function(&cmd.args, &fin)?;
        match first {
            Arg::Bool { val, .. } => Ok(Got::plain(Value::Bool(*val))),
            Arg::Dot { .. } => Ok(dot.clone()),
            Arg::Nil { .. } => Err(self.errorf("nil is not a command")),
            Arg::Number(n) => Ok(Got::plain(self.ideal_constant(first, n)?)),
            Arg::String { text, .. } => Ok(Got::plain(Value::str(&**text))),
            other => Err(self.errorf(format!(
                "can't evaluate command {}",
                go_quote(&other.to_string())
            ))),
        }
    }

    fn ideal_constant(&mut self, node: &'a Arg, n: &NumberNode) -> R<Value> {
        self.at(NodeRef::Arg(node));
        let t = &n.text;
        let is_hex_int = t.len() > 2
            && t.starts_with('0')
            && matches!(t.as_bytes()[1], b'x' | b'X')
            && !t.contains(['p', 'P']);
        let is_rune = t.starts_with('\'');
        if n.is_complex {
            return Ok(Value::object(crate::value::Complex(
                n.complex.0,
                n.complex.1,
            )));
        }
        if n.is_float && !is_hex_int && !is_rune && t.contains(['.', 'e', 'E', 'p', 'P']) {
            return Ok(Value::Float(n.float64));
        }
        if n.is_int {
            return Ok(Value::Int(n.int64));
        }
        if n.is_uint {
            return Err(self.errorf(format!("{t} overflows int")));
        }
        Ok(Value::Nil)
    }

    fn eval_field_node(
        &mut self,
        dot: &Got,
        node: &'a Arg,
        ident: &'a [String],
        args: &'a [Arg],
        fin: Option<Value>,
    ) -> R<Got> {
        self.at(NodeRef::Arg(node));
        self.eval_field_chain(dot, dot.clone(), node, ident, args, fin)
    }

    fn eval_chain_node(
        &mut self,
        dot: &Got,
        node: &'a Arg,
        inner: &'a Arg,
        field: &'a [String],
        args: &'a [Arg],
        fin: Option<Value>,
    ) -> R<Got> {
        self.at(NodeRef::Arg(node));
        if field.is_empty() {
            return Err(self.errorf("internal error: no fields in evalChainNode"));
        }
        if let Arg::Nil { .. } = inner {
            return Err(self.errorf(format!("indirection through explicit nil in {node}")));
        }
        let recv = self.eval_arg_untyped(dot, inner)?;
        self.eval_field_chain(dot, recv, node, field, args, fin)
    }

    fn eval_variable_node(
        &mut self,
        dot: &Got,
        v: &'a VariableNode,
        args: &'a [Arg],
        fin: Option<Value>,
    ) -> R<Got> {
        self.at(NodeRef::Variable(v));
        let value = self.var_value(&v.ident[0])?;
        if v.ident.len() == 1 {
            self.not_a_function(args, &fin)?;
            return Ok(value);
        }
        // The variable node itself is the context of errors in its field chain.
        self.eval_field_chain_at(dot, value, NodeRef::Variable(v), &v.ident[1..], args, fin)
    }

    fn eval_field_chain(
        &mut self,
        dot: &Got,
        recv: Got,
        node: &'a Arg,
        ident: &'a [String],
        args: &'a [Arg],
        fin: Option<Value>,
    ) -> R<Got> {
        self.eval_field_chain_at(dot, recv, NodeRef::Arg(node), ident, args, fin)
    }

    fn eval_field_chain_at(
        &mut self,
        dot: &Got,
        mut recv: Got,
        node: NodeRef<'a>,
        ident: &'a [String],
        args: &'a [Arg],
        fin: Option<Value>,
    ) -> R<Got> {
        let n = ident.len();
        for name in &ident[..n - 1] {
            recv = self.eval_field(dot, name, node, &[], None, recv)?;
        }
        self.eval_field(dot, &ident[n - 1], node, args, fin, recv)
    }

    fn eval_function(
        &mut self,
        dot: &Got,
        node: &'a Arg,
        name: &'a str,
        cmd: NodeRef<'a>,
        args: &'a [Arg],
        fin: Option<Value>,
    ) -> R<Got> {
        self.at(NodeRef::Arg(node));
        let set: &'a Templates = self.set;
        let (f, builtin) = match set.funcs.get(name) {
            Some(f) => (f, false),
            None => match set.builtins.get(name) {
                Some(f) => (f, true),
                None => {
                    return Err(self.errorf(format!("{} is not a defined function", go_quote(name))))
                }
            },
        };
        self.eval_call(dot, f, builtin, cmd, name, args, fin)
    }

    fn eval_field(
        &mut self,
        dot: &Got,
        name: &'a str,
        node: NodeRef<'a>,
        args: &'a [Arg],
        fin: Option<Value>,
        recv: Got,
    ) -> R<Got> {
        if recv.v.is_nil() {
            if !recv.iface {
                if self.set.missing_key == MissingKey::Error {
                    return Err(
                        self.errorf(format!("nil data; no entry for key {}", go_quote(name)))
                    );
                }
                return Ok(Got::plain(Value::Nil));
            }
            return Err(self.errorf(format!("nil pointer evaluating interface {{}}.{name}")));
        }
        let has_args = args.len() > 1 || fin.is_some();
        let map = match &recv.v {
            Value::Object(o) => {
                let o: Rc<dyn Object> = o.clone();
                match o.member(name) {
                    Some(Member::Method(f)) => {
                        return self.eval_method(dot, f, node, name, args, fin);
                    }
                    Some(Member::Field(v)) => {
                        if has_args {
                            return Err(self.errorf(format!(
                                "{name} has arguments but cannot be invoked as function"
                            )));
                        }
                        let iface = v.is_nil();
                        return Ok(Got { v, iface });
                    }
                    // A named map type (Helm's `.Files`) finds its keys after its methods.
                    None => match o.underlying() {
                        Some(Value::Map(m)) => Some(m),
                        _ => None,
                    },
                }
            }
            Value::Map(m) => {
                // A named map type's method hides a key of the same name, as in Go.
                if let Some(f) = m.named().and_then(|t| t.method(m, name)) {
                    return self.eval_method(dot, f, node, name, args, fin);
                }
                Some(m.clone())
            }
            _ => None,
        };
        if let Some(m) = map {
            if has_args {
                return Err(self.errorf(format!("{name} is not a method but has arguments")));
            }
            let m = m.borrow();
            let iface = m.elem == GoType::Interface;
            return match m.entries.get(name) {
                Some(v) => Ok(Got {
                    v: v.clone(),
                    iface,
                }),
                None => match self.set.missing_key {
                    MissingKey::Default => Ok(Got::plain(Value::Nil)),
                    MissingKey::Zero => Ok(Got {
                        v: zero_value(&m.elem),
                        iface,
                    }),
                    MissingKey::Error => {
                        Err(self.errorf(format!("map has no entry for key {}", go_quote(name))))
                    }
                },
            };
        }
        Err(self.errorf(format!(
            "can't evaluate field {name} in type {}",
            recv.static_type()
        )))
    }

    fn eval_method(
        &mut self,
        dot: &Got,
        f: Function,
        node: NodeRef<'a>,
        name: &'a str,
        args: &'a [Arg],
        fin: Option<Value>,
    ) -> R<Got> {
        self.eval_call_rc(dot, &f, false, node, name, args, fin)
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_call(
        &mut self,
        dot: &Got,
        f: &'a Function,
        builtin: bool,
        node: NodeRef<'a>,
        name: &'a str,
        args: &'a [Arg],
        fin: Option<Value>,
    ) -> R<Got> {
        self.eval_call_rc(dot, f, builtin, node, name, args, fin)
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_call_rc(
        &mut self,
        dot: &Got,
        f: &Function,
        builtin: bool,
        node: NodeRef<'a>,
        name: &'a str,
        args: &'a [Arg],
        fin: Option<Value>,
    ) -> R<Got> {
        let args: &'a [Arg] = if args.is_empty() { args } else { &args[1..] };
        let num_in = args.len() + usize::from(fin.is_some());
        let nparams = f.params.len();
        if f.variadic.is_some() {
            if num_in < nparams {
                return Err(self.errorf(format!(
                    "wrong number of args for {name}: want at least {nparams} got {}",
                    args.len()
                )));
            }
        } else if num_in != nparams {
            return Err(self.errorf(format!(
                "wrong number of args for {name}: want {nparams} got {num_in}"
            )));
        }

        if builtin && (name == "and" || name == "or") {
            let want = name == "or";
            let mut v = Value::Nil;
            for a in args {
                v = self.eval_arg(dot, &GoType::Interface, a)?;
                if v.truthy() == want {
                    return Ok(Got::plain(v));
                }
            }
            if let Some(fv) = fin {
                v = fv;
            }
            return Ok(Got::plain(v));
        }

        let mut argv: Vec<Value> = Vec::with_capacity(num_in);
        let num_fixed = if f.variadic.is_some() {
            nparams
        } else {
            args.len()
        };
        let mut i = 0;
        while i < num_fixed && i < args.len() {
            argv.push(self.eval_arg(dot, &f.params[i], &args[i])?);
            if builtin && name == "len" && argv[0].is_nil() && self.arg_nil_iface {
                // Go's len indirects through a nil interface before failing.
                self.at(node);
                return Err(self.errorf("error calling len: len of nil pointer"));
            }
            i += 1;
        }
        if let Some(vt) = &f.variadic {
            while i < args.len() {
                argv.push(self.eval_arg(dot, vt, &args[i])?);
                i += 1;
            }
        }
        if let Some(fv) = fin {
            let t = match &f.variadic {
                Some(vt) => {
                    if num_in - 1 < num_fixed {
                        &f.params[num_in - 1]
                    } else {
                        vt
                    }
                }
                None => &f.params[nparams - 1],
            };
            argv.push(self.validate_type(Got::plain(fv), Some(t))?);
        }

        if builtin && name == "call" {
            // Go passes the callee's text first, for its error messages.
            let callee = match args.first() {
                Some(a) => a.to_string(),
                None => argv.first().map(gofmt::format_v).unwrap_or_default(),
            };
            argv.insert(0, Value::from(callee));
        }
        if self.stack_exhausted() {
            return Err(self.errorf(format!(
                "exceeded maximum template depth ({MAX_EXEC_DEPTH})"
            )));
        }
        match f.call(self, &argv) {
            Ok(v) => {
                if let Some(n) = string_len(&v).filter(|n| *n > MAX_GENERATED_BYTES) {
                    self.at(node);
                    return Err(self.errorf(format!(
                        "error calling {name}: {}",
                        crate::sprig::too_large("bytes", n as u128, MAX_GENERATED_BYTES as u128).0
                    )));
                }
                let iface = v.is_nil();
                Ok(Got { v, iface })
            }
            Err(e) => {
                self.at(node);
                Err(self.errorf(format!("error calling {name}: {}", e.0)))
            }
        }
    }

    fn assignable(v: &Value, t: &GoType) -> bool {
        match t {
            GoType::Interface => true,
            GoType::Named(n) => match v {
                Value::Object(o) => o.type_name() == *n,
                Value::Map(m) => m.named().is_some_and(|x| x.type_name() == *n),
                _ => false,
            },
            // A named map type is assignable to its unnamed underlying type.
            GoType::Map(_) => match v {
                Value::Map(m) => GoType::map_of(m.borrow().elem.clone()) == *t,
                _ => false,
            },
            // An object of a basic type (a string holding invalid UTF-8) is that type.
            _ => match v {
                Value::Object(o) => o.type_name() == t.to_string(),
                _ => v.go_type() == *t,
            },
        }
    }

    /// Go's conversion of an assignable value to the parameter type: a named map passed as
    /// its underlying map type is seen as that type by the callee.
    fn convert(v: Value, t: &GoType) -> Value {
        match (&v, t) {
            (Value::Map(m), GoType::Map(_)) if m.named().is_some() => Value::Map(m.with_type(None)),
            _ => v,
        }
    }

    /// Go's `validateType`: the value must be valid and assignable to the parameter type.
    fn validate_type(&mut self, got: Got, typ: Option<&GoType>) -> R<Value> {
        self.arg_nil_iface = got.iface && got.v.is_nil();
        if got.v.is_nil() && !got.iface {
            return match typ {
                None => Ok(Value::Nil),
                Some(t) if t.can_be_nil() => Ok(Value::Nil),
                Some(t) => Err(self.errorf(format!("invalid value; expected {t}"))),
            };
        }
        let Some(t) = typ else {
            return Ok(got.v);
        };
        if *t == GoType::Interface {
            return Ok(got.v);
        }
        if got.v.is_nil() {
            // A nil interface {} is assignable only to interface {}.
            return Err(self.errorf(format!(
                "wrong type for value; expected {t}; got interface {{}}"
            )));
        }
        if Self::assignable(&got.v, t) {
            return Ok(Self::convert(got.v, t));
        }
        Err(self.errorf(format!(
            "wrong type for value; expected {t}; got {}",
            type_name(&got.v)
        )))
    }

    /// `evalArg` with no type: a chain's receiver.
    fn eval_arg_untyped(&mut self, dot: &Got, n: &'a Arg) -> R<Got> {
        self.at(NodeRef::Arg(n));
        match n {
            Arg::Pipe(p) => Ok(Got::plain(self.eval_pipeline(dot, p)?)),
            Arg::Identifier { name, .. } => {
                self.eval_function(dot, n, name, NodeRef::Arg(n), &[], None)
            }
            other => Err(self.errorf(format!("can't handle {other} for arg of type <nil>"))),
        }
    }

    fn eval_arg(&mut self, dot: &Got, typ: &GoType, n: &'a Arg) -> R<Value> {
        self.at(NodeRef::Arg(n));
        self.arg_nil_iface = false;
        match n {
            Arg::Dot { .. } => return self.validate_type(dot.clone(), Some(typ)),
            Arg::Nil { .. } => {
                if typ.can_be_nil() {
                    return Ok(Value::Nil);
                }
                return Err(self.errorf(format!("cannot assign nil to {typ}")));
            }
            Arg::Field { ident, .. } => {
                let g = self.eval_field_node(dot, n, ident, std::slice::from_ref(n), None)?;
                return self.validate_type(g, Some(typ));
            }
            Arg::Variable(v) => {
                let g = self.eval_variable_node(dot, v, &[], None)?;
                return self.validate_type(g, Some(typ));
            }
            Arg::Pipe(p) => {
                let v = self.eval_pipeline(dot, p)?;
                return self.validate_type(Got::plain(v), Some(typ));
            }
            Arg::Identifier { name, .. } => {
                let g = self.eval_function(dot, n, name, NodeRef::Arg(n), &[], None)?;
                return self.validate_type(g, Some(typ));
            }
            Arg::Chain { node, field, .. } => {
                let g = self.eval_chain_node(dot, n, node, field, &[], None)?;
                return self.validate_type(g, Some(typ));
            }
            _ => {}
        }
        match typ {
            GoType::Bool => match n {
                Arg::Bool { val, .. } => Ok(Value::Bool(*val)),
                _ => Err(self.errorf(format!("expected bool; found {n}"))),
            },
            GoType::Float64 => match n {
                Arg::Number(num) if num.is_float => Ok(Value::Float(num.float64)),
                _ => Err(self.errorf(format!("expected float; found {n}"))),
            },
            GoType::Int | GoType::Int64 => match n {
                Arg::Number(num) if num.is_int => Ok(if *typ == GoType::Int {
                    Value::Int(num.int64)
                } else {
                    Value::Int64(num.int64)
                }),
                _ => Err(self.errorf(format!("expected integer; found {n}"))),
            },
            GoType::String => match n {
                Arg::String { text, .. } => Ok(Value::str(&**text)),
                _ => Err(self.errorf(format!("expected string; found {n}"))),
            },
            GoType::Interface => match n {
                Arg::Bool { val, .. } => Ok(Value::Bool(*val)),
                Arg::Number(num) => self.ideal_constant(n, num),
                Arg::String { text, .. } => Ok(Value::str(&**text)),
                other => Err(self.errorf(format!(
                    "can't handle assignment of {other} to empty interface argument"
                ))),
            },
            GoType::Named(name) if is_int_kinded(name) => match n {
                // An integer constant converts to a named integer type (time.Duration).
                Arg::Number(num) if num.is_int => Ok(Value::Int64(num.int64)),
                _ => Err(self.errorf(format!("expected integer; found {n}"))),
            },
            other => Err(self.errorf(format!("can't handle {n} for arg of type {other}"))),
        }
    }
}

impl Env for State<'_> {
    fn execute_template(&mut self, name: &str, data: &Value) -> Result<String, FuncError> {
        let Some(tree) = self.set.trees.get(name) else {
            return Err(FuncError(format!(
                "template: no template {} associated with template {}",
                go_quote(name),
                go_quote(self.set.name())
            )));
        };
        let mut out = String::new();
        execute_nested(self.set, tree, data, &mut out, self.nested + 1)
            .map_err(|e| FuncError(e.to_string()))?;
        Ok(out)
    }

    fn execute_text(&mut self, name: &str, text: &str, data: &Value) -> Result<String, FuncError> {
        let mut set = self.set.clone();
        let tree = set
            .parse_top(name, text)
            .map_err(|e| FuncError(e.to_string()))?;
        let mut out = String::new();
        execute_nested(&set, &tree, data, &mut out, self.nested + 1)
            .map_err(|e| FuncError(e.to_string()))?;
        Ok(out)
    }

    fn current_template(&self) -> &str {
        self.tmpl_name
    }
}

/// The length in bytes of a Go string or `[]byte` value.
fn string_len(v: &Value) -> Option<usize> {
    match v {
        Value::Bytes(b) => Some(b.len()),
        _ => crate::sprig::strings::go_string_bytes(v).map(|b| b.len()),
    }
}
