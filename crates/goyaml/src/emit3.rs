//! yaml.v3's encoder and emitter for a node tree ([`crate::node`]): the encoder turns nodes
//! into events (dropping tags the text would imply anyway), and the emitter's state machine
//! lays the events out, comments included. The settings are kustomize kyaml's: indent 2,
//! unlimited width, and optionally compact sequences (`key:\n- a`).

use crate::encode::{
    analyze, chomp_hint, is_blank, is_blankz, is_break, is_space, width, ScalarWriter,
};
use crate::node::{Document, Kind, Node, ScalarStyle};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum EvType {
    StreamStart,
    StreamEnd,
    DocStart,
    DocEnd,
    Alias,
    Scalar,
    SeqStart,
    SeqEnd,
    MapStart,
    MapEnd,
}

#[derive(Clone, Debug)]
struct Event {
    typ: EvType,
    anchor: Vec<u8>,
    tag: Vec<u8>,
    value: Vec<u8>,
    implicit: bool,
    style: ScalarStyle,
    flow: bool,
    head: Vec<u8>,
    line: Vec<u8>,
    foot: Vec<u8>,
    tail: Vec<u8>,
}

impl Event {
    fn new(typ: EvType) -> Event {
        Event {
            typ,
            anchor: Vec::new(),
            tag: Vec::new(),
            value: Vec::new(),
            implicit: true,
            style: ScalarStyle::Plain,
            flow: false,
            head: Vec::new(),
            line: Vec::new(),
            foot: Vec::new(),
            tail: Vec::new(),
        }
    }
}

/// yaml.v3's encoder (`encoder.node`) for a document.
fn document_events(doc: &Document, out: &mut Vec<Event>) {
    let mut start = Event::new(EvType::DocStart);
    start.head = doc.head_comment.as_bytes().to_vec();
    out.push(start);
    node_events(&doc.root, "", out);
    let mut end = Event::new(EvType::DocEnd);
    end.foot = doc.foot_comment.as_bytes().to_vec();
    out.push(end);
}

fn node_events(node: &Node, tail: &str, out: &mut Vec<Event>) {
    let anchor = node.anchor.clone().unwrap_or_default().into_bytes();
    let tag = node.tag.clone().unwrap_or_default().into_bytes();
    match &node.kind {
        Kind::Sequence(items) => {
            let mut e = Event::new(EvType::SeqStart);
            e.anchor = anchor;
            e.implicit = tag.is_empty();
            e.tag = tag;
            e.flow = node.flow;
            e.head = node.head_comment.as_bytes().to_vec();
            out.push(e);
            for item in items {
                node_events(item, "", out);
            }
            let mut e = Event::new(EvType::SeqEnd);
            e.line = node.line_comment.as_bytes().to_vec();
            e.foot = node.foot_comment.as_bytes().to_vec();
            out.push(e);
        }
        Kind::Mapping(entries) => {
            let mut e = Event::new(EvType::MapStart);
            e.anchor = anchor;
            e.implicit = tag.is_empty();
            e.tag = tag;
            e.flow = node.flow;
            e.tail = tail.as_bytes().to_vec();
            e.head = node.head_comment.as_bytes().to_vec();
            out.push(e);
            // A key's foot comment is written after its value, as the next key's tail.
            let mut tail = String::new();
            for (k, v) in entries {
                if k.foot_comment.is_empty() {
                    node_events(k, &tail, out);
                    tail.clear();
                } else {
                    let mut copy = k.clone();
                    copy.foot_comment.clear();
                    node_events(&copy, &tail, out);
                    tail = k.foot_comment.clone();
                }
                node_events(v, "", out);
            }
            let mut e = Event::new(EvType::MapEnd);
            e.tail = tail.into_bytes();
            e.line = node.line_comment.as_bytes().to_vec();
            e.foot = node.foot_comment.as_bytes().to_vec();
            out.push(e);
        }
        Kind::Alias(name) => {
            let mut e = Event::new(EvType::Alias);
            e.anchor = name.as_bytes().to_vec();
            e.head = node.head_comment.as_bytes().to_vec();
            e.line = node.line_comment.as_bytes().to_vec();
            e.foot = node.foot_comment.as_bytes().to_vec();
            out.push(e);
        }
        Kind::Scalar(value) => {
            let mut e = Event::new(EvType::Scalar);
            e.style = match node.style {
                ScalarStyle::Plain if value.contains('\n') => ScalarStyle::Literal,
                s => s,
            };
            e.anchor = anchor;
            e.implicit = tag.is_empty();
            e.tag = tag;
            e.value = value.as_bytes().to_vec();
            e.head = node.head_comment.as_bytes().to_vec();
            e.line = node.line_comment.as_bytes().to_vec();
            e.foot = node.foot_comment.as_bytes().to_vec();
            e.tail = tail.as_bytes().to_vec();
            out.push(e);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    StreamStart,
    FirstDocStart,
    DocStart,
    DocContent,
    DocEnd,
    FlowSeqFirst,
    FlowSeqTrail,
    FlowSeqItem,
    FlowMapFirst,
    FlowMapTrailKey,
    FlowMapKey,
    FlowMapSimpleValue,
    FlowMapValue,
    BlockSeqFirst,
    BlockSeqItem,
    BlockMapFirstKey,
    BlockMapKey,
    BlockMapSimpleValue,
    BlockMapValue,
    End,
}

#[derive(Default)]
struct ScalarData {
    value: Vec<u8>,
    multiline: bool,
    flow_plain_allowed: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
    style: Option<ScalarStyle>,
}

struct Emitter {
    out: Vec<u8>,
    events: Vec<Event>,
    head: usize,
    state: State,
    states: Vec<State>,
    indent: i64,
    indents: Vec<i64>,
    flow_level: i32,
    root_context: bool,
    sequence_context: bool,
    mapping_context: bool,
    simple_key_context: bool,
    column: i64,
    whitespace: bool,
    indention: bool,
    open_ended: bool,
    space_above: bool,
    foot_indent: i64,
    best_indent: i64,
    best_width: i64,
    compact_sequence_indent: bool,
    anchor: Option<(Vec<u8>, bool)>,
    tag_handle: Vec<u8>,
    tag_suffix: Vec<u8>,
    scalar: ScalarData,
    head_comment: Vec<u8>,
    line_comment: Vec<u8>,
    foot_comment: Vec<u8>,
    tail_comment: Vec<u8>,
    key_line_comment: Vec<u8>,
}

/// Writes documents as kyaml's `kio.StringAll` does: one yaml.v3 encoder (indent 2), each
/// document a separate `Encode` (so `---` separates them), sequences compact or not.
pub fn emit_documents(docs: &[Document], compact_sequences: bool) -> String {
    let mut events = vec![Event::new(EvType::StreamStart)];
    for d in docs {
        document_events(d, &mut events);
    }
    events.push(Event::new(EvType::StreamEnd));
    let mut e = Emitter {
        out: Vec::new(),
        events,
        head: 0,
        state: State::StreamStart,
        states: Vec::new(),
        indent: -1,
        indents: Vec::new(),
        flow_level: 0,
        root_context: false,
        sequence_context: false,
        mapping_context: false,
        simple_key_context: false,
        column: 0,
        whitespace: true,
        indention: true,
        open_ended: false,
        space_above: true,
        foot_indent: -1,
        best_indent: 2,
        best_width: i64::from(i32::MAX),
        compact_sequence_indent: compact_sequences,
        anchor: None,
        tag_handle: Vec::new(),
        tag_suffix: Vec::new(),
        scalar: ScalarData::default(),
        head_comment: Vec::new(),
        line_comment: Vec::new(),
        foot_comment: Vec::new(),
        tail_comment: Vec::new(),
        key_line_comment: Vec::new(),
    };
    while e.head < e.events.len() {
        let ev = e.events[e.head].clone();
        if ev.typ == EvType::StreamEnd {
            // The encoder's `finish` clears open_ended first.
            e.open_ended = false;
        }
        e.analyze_event(&ev);
        e.state_machine(&ev);
        e.head += 1;
    }
    String::from_utf8(e.out).unwrap_or_default()
}

impl ScalarWriter for Emitter {
    fn put(&mut self, c: u8) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push(b'\n');
        if self.column == 0 {
            self.space_above = true;
        }
        self.column = 0;
        self.indention = true;
    }

    fn write(&mut self, s: &[u8], i: &mut usize) {
        let w = width(s[*i]).max(1);
        let end = (*i + w).min(s.len());
        self.out.extend_from_slice(&s[*i..end]);
        self.column += 1;
        *i = end;
    }

    fn write_break(&mut self, s: &[u8], i: &mut usize) {
        if s[*i] == b'\n' {
            self.put_break();
            *i += 1;
        } else {
            self.write(s, i);
            if self.column == 0 {
                self.space_above = true;
            }
            self.column = 0;
            self.indention = true;
        }
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0);
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        if self.foot_indent == indent {
            self.put_break();
        }
        while self.column < indent {
            self.put(b' ');
        }
        self.whitespace = true;
        self.space_above = false;
        self.foot_indent = -1;
    }

    fn write_indicator(&mut self, ind: &[u8], need_ws: bool, is_ws: bool, is_indention: bool) {
        if need_ws && !self.whitespace {
            self.put(b' ');
        }
        self.write_all(ind);
        self.whitespace = is_ws;
        self.indention = self.indention && is_indention;
        self.open_ended = false;
    }

    fn column(&self) -> i64 {
        self.column
    }

    fn best_width(&self) -> i64 {
        self.best_width
    }

    fn set_indention(&mut self, on: bool) {
        self.indention = on;
    }

    fn set_whitespace(&mut self, on: bool) {
        self.whitespace = on;
    }
}

impl Emitter {
    fn write_all(&mut self, s: &[u8]) {
        let mut i = 0;
        while i < s.len() {
            self.write(s, &mut i);
        }
    }

    fn increase_indent_compact(&mut self, flow: bool, indentless: bool, compact_seq: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { self.best_indent } else { 0 };
        } else if !indentless {
            if self.states.last() == Some(&State::BlockSeqItem) {
                self.indent += 2;
            } else {
                self.indent =
                    self.best_indent * ((self.indent + self.best_indent) / self.best_indent);
                if compact_seq {
                    self.indent -= 2;
                }
            }
        }
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.increase_indent_compact(flow, indentless, false);
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    fn pop_state(&mut self) {
        self.state = self.states.pop().unwrap_or(State::End);
    }

    fn analyze_event(&mut self, ev: &Event) {
        self.anchor = None;
        self.tag_handle.clear();
        self.tag_suffix.clear();
        self.scalar = ScalarData::default();
        if !ev.head.is_empty() {
            self.head_comment = ev.head.clone();
        }
        if !ev.line.is_empty() {
            self.line_comment = ev.line.clone();
        }
        if !ev.foot.is_empty() {
            self.foot_comment = ev.foot.clone();
        }
        if !ev.tail.is_empty() {
            self.tail_comment = ev.tail.clone();
        }
        match ev.typ {
            EvType::Alias => self.anchor = Some((ev.anchor.clone(), true)),
            EvType::Scalar | EvType::SeqStart | EvType::MapStart => {
                if !ev.anchor.is_empty() {
                    self.anchor = Some((ev.anchor.clone(), false));
                }
                if !ev.tag.is_empty() && !ev.implicit {
                    self.analyze_tag(&ev.tag);
                }
                if ev.typ == EvType::Scalar {
                    let a = analyze(&ev.value, true);
                    self.scalar = ScalarData {
                        value: ev.value.clone(),
                        multiline: a.multiline,
                        flow_plain_allowed: a.flow_plain_allowed,
                        block_plain_allowed: a.block_plain_allowed,
                        single_quoted_allowed: a.single_quoted_allowed,
                        block_allowed: a.block_allowed,
                        style: None,
                    };
                }
            }
            _ => {}
        }
    }

    /// Splits a short tag into handle and suffix (`!!binary`, `!custom`).
    fn analyze_tag(&mut self, tag: &[u8]) {
        if let Some(rest) = tag.strip_prefix(b"!!") {
            self.tag_handle = b"!!".to_vec();
            self.tag_suffix = rest.to_vec();
        } else if let Some(rest) = tag.strip_prefix(b"!") {
            self.tag_handle = b"!".to_vec();
            self.tag_suffix = rest.to_vec();
        } else {
            self.tag_suffix = tag.to_vec();
        }
    }

    fn state_machine(&mut self, ev: &Event) {
        match self.state {
            State::StreamStart => {
                self.indent = -1;
                self.column = 0;
                self.whitespace = true;
                self.indention = true;
                self.space_above = true;
                self.foot_indent = -1;
                self.state = State::FirstDocStart;
            }
            State::FirstDocStart => self.document_start(ev, true),
            State::DocStart => self.document_start(ev, false),
            State::DocContent => self.document_content(ev),
            State::DocEnd => self.document_end(),
            State::FlowSeqFirst => self.flow_sequence_item(ev, true, false),
            State::FlowSeqTrail => self.flow_sequence_item(ev, false, true),
            State::FlowSeqItem => self.flow_sequence_item(ev, false, false),
            State::FlowMapFirst => self.flow_mapping_key(ev, true, false),
            State::FlowMapTrailKey => self.flow_mapping_key(ev, false, true),
            State::FlowMapKey => self.flow_mapping_key(ev, false, false),
            State::FlowMapSimpleValue => self.flow_mapping_value(ev, true),
            State::FlowMapValue => self.flow_mapping_value(ev, false),
            State::BlockSeqFirst => self.block_sequence_item(ev, true),
            State::BlockSeqItem => self.block_sequence_item(ev, false),
            State::BlockMapFirstKey => self.block_mapping_key(ev, true),
            State::BlockMapKey => self.block_mapping_key(ev, false),
            State::BlockMapSimpleValue => self.block_mapping_value(ev, true),
            State::BlockMapValue => self.block_mapping_value(ev, false),
            State::End => {}
        }
    }

    fn document_start(&mut self, ev: &Event, first: bool) {
        if ev.typ == EvType::DocStart {
            if !first {
                self.write_indent();
                self.write_indicator(b"---", true, false, false);
                self.write_indent();
            }
            if !self.head_comment.is_empty() {
                self.process_head_comment();
                self.put_break();
            }
            self.state = State::DocContent;
        } else {
            if self.open_ended {
                self.write_indicator(b"...", true, false, false);
                self.write_indent();
            }
            self.state = State::End;
        }
    }

    fn document_content(&mut self, ev: &Event) {
        self.states.push(State::DocEnd);
        self.process_head_comment();
        self.emit_node(ev, true, false, false, false);
        self.process_line_comment(false);
        self.process_foot_comment();
    }

    fn document_end(&mut self) {
        self.foot_indent = 0;
        self.process_foot_comment();
        self.foot_indent = -1;
        self.write_indent();
        self.state = State::DocStart;
    }

    fn pending_comments(&self) -> bool {
        !self.line_comment.is_empty()
            || !self.foot_comment.is_empty()
            || !self.tail_comment.is_empty()
    }

    fn flow_sequence_item(&mut self, ev: &Event, first: bool, trail: bool) {
        if first {
            self.write_indicator(b"[", true, true, false);
            self.increase_indent(true, false);
            self.flow_level += 1;
        }
        if ev.typ == EvType::SeqEnd {
            self.flow_level -= 1;
            self.pop_indent();
            if self.column == 0 {
                self.write_indent();
            }
            self.write_indicator(b"]", false, false, false);
            self.process_line_comment(false);
            self.process_foot_comment();
            self.pop_state();
            return;
        }
        if !first && !trail {
            self.write_indicator(b",", false, false, false);
        }
        self.process_head_comment();
        if self.column == 0 || self.column > self.best_width {
            self.write_indent();
        }
        if self.pending_comments() {
            self.states.push(State::FlowSeqTrail);
        } else {
            self.states.push(State::FlowSeqItem);
        }
        self.emit_node(ev, false, true, false, false);
        if self.pending_comments() {
            self.write_indicator(b",", false, false, false);
        }
        self.process_line_comment(false);
        self.process_foot_comment();
    }

    fn flow_mapping_key(&mut self, ev: &Event, first: bool, trail: bool) {
        if first {
            self.write_indicator(b"{", true, true, false);
            self.increase_indent(true, false);
            self.flow_level += 1;
        }
        if ev.typ == EvType::MapEnd {
            if (!self.head_comment.is_empty()
                || !self.foot_comment.is_empty()
                || !self.tail_comment.is_empty())
                && !first
                && !trail
            {
                self.write_indicator(b",", false, false, false);
            }
            self.process_head_comment();
            self.flow_level -= 1;
            self.pop_indent();
            self.write_indicator(b"}", false, false, false);
            self.process_line_comment(false);
            self.process_foot_comment();
            self.pop_state();
            return;
        }
        if !first && !trail {
            self.write_indicator(b",", false, false, false);
        }
        self.process_head_comment();
        if self.column == 0 || self.column > self.best_width {
            self.write_indent();
        }
        if self.check_simple_key() {
            self.states.push(State::FlowMapSimpleValue);
            self.emit_node(ev, false, false, true, true);
        } else {
            self.write_indicator(b"?", true, false, false);
            self.states.push(State::FlowMapValue);
            self.emit_node(ev, false, false, true, false);
        }
    }

    fn flow_mapping_value(&mut self, ev: &Event, simple: bool) {
        if simple {
            self.write_indicator(b":", false, false, false);
        } else {
            if self.column > self.best_width {
                self.write_indent();
            }
            self.write_indicator(b":", true, false, false);
        }
        if self.pending_comments() {
            self.states.push(State::FlowMapTrailKey);
        } else {
            self.states.push(State::FlowMapKey);
        }
        self.emit_node(ev, false, false, true, false);
        if self.pending_comments() {
            self.write_indicator(b",", false, false, false);
        }
        self.process_line_comment(false);
        self.process_foot_comment();
    }

    fn block_sequence_item(&mut self, ev: &Event, first: bool) {
        if first {
            let seq = self.mapping_context
                && (self.column == 0 || !self.indention)
                && self.compact_sequence_indent;
            self.increase_indent_compact(false, false, seq);
        }
        if ev.typ == EvType::SeqEnd {
            self.pop_indent();
            self.pop_state();
            return;
        }
        self.process_head_comment();
        self.write_indent();
        self.write_indicator(b"-", true, false, true);
        self.states.push(State::BlockSeqItem);
        self.emit_node(ev, false, true, false, false);
        self.process_line_comment(false);
        self.process_foot_comment();
    }

    fn block_mapping_key(&mut self, ev: &Event, first: bool) {
        if first {
            self.increase_indent(false, false);
        }
        self.process_head_comment();
        if ev.typ == EvType::MapEnd {
            self.pop_indent();
            self.pop_state();
            return;
        }
        self.write_indent();
        if !self.line_comment.is_empty() {
            self.key_line_comment = std::mem::take(&mut self.line_comment);
        }
        if self.check_simple_key() {
            self.states.push(State::BlockMapSimpleValue);
            self.emit_node(ev, false, false, true, true);
        } else {
            self.write_indicator(b"?", true, false, true);
            self.states.push(State::BlockMapValue);
            self.emit_node(ev, false, false, true, false);
        }
    }

    fn block_mapping_value(&mut self, ev: &Event, simple: bool) {
        if simple {
            self.write_indicator(b":", false, false, false);
        } else {
            self.write_indent();
            self.write_indicator(b":", true, false, true);
        }
        if !self.key_line_comment.is_empty() {
            if ev.typ == EvType::Scalar {
                if self.line_comment.is_empty() {
                    self.line_comment = std::mem::take(&mut self.key_line_comment);
                }
            } else if !ev.flow && matches!(ev.typ, EvType::MapStart | EvType::SeqStart) {
                std::mem::swap(&mut self.line_comment, &mut self.key_line_comment);
                self.process_line_comment(false);
                std::mem::swap(&mut self.line_comment, &mut self.key_line_comment);
            }
        }
        self.states.push(State::BlockMapKey);
        self.emit_node(ev, false, false, true, false);
        self.process_line_comment(false);
        self.process_foot_comment();
    }

    fn emit_node(
        &mut self,
        ev: &Event,
        root: bool,
        sequence: bool,
        mapping: bool,
        simple_key: bool,
    ) {
        self.root_context = root;
        self.sequence_context = sequence;
        self.mapping_context = mapping;
        self.simple_key_context = simple_key;
        match ev.typ {
            EvType::Alias => {
                self.process_anchor();
                self.pop_state();
            }
            EvType::Scalar => {
                self.select_scalar_style(ev);
                self.process_anchor();
                self.process_tag();
                self.increase_indent(true, false);
                self.process_scalar();
                self.pop_indent();
                self.pop_state();
            }
            EvType::SeqStart => {
                self.process_anchor();
                self.process_tag();
                self.state = if self.flow_level > 0 || ev.flow || self.next_is(EvType::SeqEnd) {
                    State::FlowSeqFirst
                } else {
                    State::BlockSeqFirst
                };
            }
            EvType::MapStart => {
                self.process_anchor();
                self.process_tag();
                self.state = if self.flow_level > 0 || ev.flow || self.next_is(EvType::MapEnd) {
                    State::FlowMapFirst
                } else {
                    State::BlockMapFirstKey
                };
            }
            _ => {}
        }
    }

    fn next_is(&self, typ: EvType) -> bool {
        self.events.get(self.head + 1).map(|e| e.typ) == Some(typ)
    }

    fn check_simple_key(&self) -> bool {
        let ev = &self.events[self.head];
        let anchor = self.anchor.as_ref().map_or(0, |a| a.0.len());
        let tag = self.tag_handle.len() + self.tag_suffix.len();
        let length = match ev.typ {
            EvType::Alias => anchor,
            EvType::Scalar => {
                if self.scalar.multiline {
                    return false;
                }
                anchor + tag + self.scalar.value.len()
            }
            EvType::SeqStart => {
                if !self.next_is(EvType::SeqEnd) {
                    return false;
                }
                anchor + tag
            }
            EvType::MapStart => {
                if !self.next_is(EvType::MapEnd) {
                    return false;
                }
                anchor + tag
            }
            _ => return false,
        };
        length <= 128
    }

    fn select_scalar_style(&mut self, ev: &Event) {
        let no_tag = self.tag_handle.is_empty() && self.tag_suffix.is_empty();
        let mut style = ev.style;
        let d = &self.scalar;
        if self.simple_key_context && d.multiline {
            style = ScalarStyle::DoubleQuoted;
        }
        if style == ScalarStyle::Plain {
            if (self.flow_level > 0 && !d.flow_plain_allowed)
                || (self.flow_level == 0 && !d.block_plain_allowed)
            {
                style = ScalarStyle::SingleQuoted;
            }
            if d.value.is_empty() && (self.flow_level > 0 || self.simple_key_context) {
                style = ScalarStyle::SingleQuoted;
            }
            if no_tag && !ev.implicit {
                style = ScalarStyle::SingleQuoted;
            }
        }
        if style == ScalarStyle::SingleQuoted && !d.single_quoted_allowed {
            style = ScalarStyle::DoubleQuoted;
        }
        if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded)
            && (!d.block_allowed || self.flow_level > 0 || self.simple_key_context)
        {
            style = ScalarStyle::DoubleQuoted;
        }
        self.scalar.style = Some(style);
    }

    fn process_anchor(&mut self) {
        let Some((name, alias)) = self.anchor.clone() else {
            return;
        };
        self.write_indicator(if alias { b"*" } else { b"&" }, true, false, false);
        self.write_all(&name);
        self.whitespace = false;
        self.indention = false;
    }

    fn process_tag(&mut self) {
        if self.tag_handle.is_empty() && self.tag_suffix.is_empty() {
            return;
        }
        let (handle, suffix) = (self.tag_handle.clone(), self.tag_suffix.clone());
        if !handle.is_empty() {
            if !self.whitespace {
                self.put(b' ');
            }
            self.write_all(&handle);
            self.write_all(&suffix);
        } else {
            self.write_indicator(b"!<", true, false, false);
            self.write_all(&suffix);
            self.write_indicator(b">", false, false, false);
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn process_scalar(&mut self) {
        let value = std::mem::take(&mut self.scalar.value);
        let allow_breaks = !self.simple_key_context;
        match self.scalar.style.unwrap_or_default() {
            ScalarStyle::Plain => self.write_plain(&value, allow_breaks),
            ScalarStyle::SingleQuoted => self.write_single_quoted(&value, allow_breaks),
            ScalarStyle::DoubleQuoted => self.write_double_quoted(&value, allow_breaks),
            ScalarStyle::Literal => self.write_literal(&value),
            ScalarStyle::Folded => self.write_folded(&value),
        }
    }

    fn process_head_comment(&mut self) {
        if !self.tail_comment.is_empty() {
            self.write_indent();
            let c = std::mem::take(&mut self.tail_comment);
            self.write_comment(&c);
            self.foot_indent = self.indent.max(0);
        }
        if self.head_comment.is_empty() {
            return;
        }
        self.write_indent();
        let c = std::mem::take(&mut self.head_comment);
        self.write_comment(&c);
    }

    fn process_line_comment(&mut self, linebreak: bool) {
        if self.line_comment.is_empty() {
            if linebreak {
                self.put_break();
            }
            return;
        }
        if !self.whitespace {
            self.put(b' ');
        }
        let c = std::mem::take(&mut self.line_comment);
        self.write_comment(&c);
    }

    fn process_foot_comment(&mut self) {
        if self.foot_comment.is_empty() {
            return;
        }
        self.write_indent();
        let c = std::mem::take(&mut self.foot_comment);
        self.write_comment(&c);
        self.foot_indent = self.indent.max(0);
    }

    fn write_comment(&mut self, comment: &[u8]) {
        let mut breaks = false;
        let mut pound = false;
        let mut i = 0;
        while i < comment.len() {
            if is_break(comment, i) {
                self.write_break(comment, &mut i);
                breaks = true;
                pound = false;
            } else {
                if breaks {
                    self.write_indent();
                }
                if !pound {
                    if comment[i] != b'#' {
                        self.put(b'#');
                        self.put(b' ');
                    }
                    pound = true;
                }
                self.write(comment, &mut i);
                self.indention = false;
                breaks = false;
            }
        }
        if !breaks {
            self.put_break();
        }
        self.whitespace = true;
    }

    fn write_plain(&mut self, value: &[u8], allow_breaks: bool) {
        if !value.is_empty() && !self.whitespace {
            self.put(b' ');
        }
        self.write_plain_text(value, allow_breaks, false);
        if !value.is_empty() {
            self.whitespace = false;
        }
        self.indention = false;
        if self.root_context {
            self.open_ended = true;
        }
    }

    fn write_block_scalar_hints(&mut self, value: &[u8]) {
        if is_space(value, 0) || is_break(value, 0) {
            let hint = [b'0' + self.best_indent as u8];
            self.write_indicator(&hint, false, false, false);
        }
        let chomp = chomp_hint(value);
        // (Writing the indicator clears it again, as in yaml.v3.)
        self.open_ended = chomp == Some(b'+');
        if let Some(c) = chomp {
            self.write_indicator(&[c], false, false, false);
        }
    }

    fn write_literal(&mut self, value: &[u8]) {
        self.write_indicator(b"|", true, false, false);
        self.write_block_scalar_hints(value);
        self.process_line_comment(true);
        self.whitespace = true;
        let mut breaks = true;
        let mut i = 0;
        while i < value.len() {
            if is_break(value, i) {
                self.write_break(value, &mut i);
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(value, &mut i);
                self.indention = false;
                breaks = false;
            }
        }
    }

    fn write_folded(&mut self, value: &[u8]) {
        self.write_indicator(b">", true, false, false);
        self.write_block_scalar_hints(value);
        self.process_line_comment(true);
        self.whitespace = true;
        let mut breaks = true;
        let mut leading_spaces = true;
        let mut i = 0;
        while i < value.len() {
            if is_break(value, i) {
                if !breaks && !leading_spaces && value[i] == b'\n' {
                    // yaml.v3 scans from the start of the value here, not from `i`.
                    let mut k = 0;
                    while is_break(value, k) {
                        k += width(value[k]).max(1);
                    }
                    if !is_blankz(value, k) {
                        self.put_break();
                    }
                }
                self.write_break(value, &mut i);
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                    leading_spaces = is_blank(value, i);
                }
                if !breaks
                    && is_space(value, i)
                    && !is_space(value, i + 1)
                    && self.column > self.best_width
                {
                    self.write_indent();
                    i += 1;
                } else {
                    self.write(value, &mut i);
                }
                self.indention = false;
                breaks = false;
            }
        }
    }
}
