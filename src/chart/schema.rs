//! `values.schema.json` validation with Helm's messages. Helm uses santhosh-tekuri/jsonschema v6;
//! this is our own validator for the same keywords (drafts 4 to 2020-12, default 2020-12, local
//! `$ref`s), producing the same error tree and text, e.g.
//!
//! ```text
//! - at '/replicas': got string, want integer
//! - at '/image': validation failed
//!   - at '/image': missing property 'tag'
//!   - at '/image/pullPolicy': value must be one of 'Always', 'IfNotPresent'
//! ```
//!
//! Go iterates objects in random order, so when several properties fail Helm's order varies;
//! ours is sorted by property name.

use serde_json::{Map, Value};

use super::{Chart, ChartError};

/// Where in the values a check is: a chain of tokens back to the root that lives on the
/// validator's stack, copied into a path only when an error is reported.
#[derive(Clone, Copy)]
struct Loc<'p> {
    parent: Option<&'p Loc<'p>>,
    token: &'p str,
}

impl Loc<'_> {
    const ROOT: Loc<'static> = Loc {
        parent: None,
        token: "",
    };

    /// The tokens from the root to here.
    fn to_vec(self) -> Vec<String> {
        let mut tokens = Vec::new();
        let mut at = Some(&self);
        while let Some(l) = at {
            if l.parent.is_some() {
                tokens.push(l.token.to_string());
            }
            at = l.parent;
        }
        tokens.reverse();
        tokens
    }
}

#[derive(Debug, Clone)]
struct VErr {
    loc: Vec<String>,
    msg: String,
    causes: Vec<VErr>,
    reference: bool,
    group: bool,
}

impl VErr {
    fn new(loc: Loc<'_>, msg: impl Into<String>) -> Self {
        VErr {
            loc: loc.to_vec(),
            msg: msg.into(),
            causes: Vec::new(),
            reference: false,
            group: false,
        }
    }

    fn with_causes(loc: Loc<'_>, msg: impl Into<String>, causes: Vec<VErr>) -> Self {
        let mut e = VErr::new(loc, msg);
        e.causes = causes;
        e
    }

    fn display(&self, out: &mut String, mut indent: usize) {
        let skip = self.reference && self.causes.len() == 1;
        if !skip {
            if indent > 0 {
                out.push('\n');
                for _ in 0..indent - 1 {
                    out.push_str("  ");
                }
                out.push_str("- ");
            }
            indent += 1;
            out.push_str(&format!("at {}: {}", quote(&json_ptr(&self.loc)), self.msg));
        }
        for c in &self.causes {
            c.display(out, indent);
        }
    }
}

/// santhosh-tekuri's `quote`: Go `%q` with single outer quotes.
fn quote(s: &str) -> String {
    let q = super::gofmt::quote(s);
    format!("'{}'", &q[1..q.len() - 1])
}

fn json_ptr(tokens: &[String]) -> String {
    tokens
        .iter()
        .map(|t| format!("/{}", t.replace('~', "~0").replace('/', "~1")))
        .collect()
}

/// x/text's English number formatting of Go's `%v`/`%d`: `123,456`, `1.234567×10⁰⁶`.
fn localized_num(f: f64) -> String {
    let s = gostd::strconv::format_float(f, 'g', -1, 64);
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m.to_string(), Some(e.to_string())),
        None => (s.clone(), None),
    };
    let (sign, body) = match mant.strip_prefix('-') {
        Some(b) => ("-", b.to_string()),
        None => ("", mant.clone()),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (body.clone(), None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let mut out = format!("{sign}{grouped}");
    if let Some(f) = frac {
        out.push('.');
        out.push_str(&f);
    }
    if let Some(e) = exp {
        let sup = |c: char| match c {
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4' => '⁴',
            '5' => '⁵',
            '6' => '⁶',
            '7' => '⁷',
            '8' => '⁸',
            '9' => '⁹',
            '-' => '⁻',
            _ => c,
        };
        let e = e.trim_start_matches('+');
        out.push_str("×10");
        out.extend(e.chars().map(sup));
    }
    out
}

/// The `min…`/`max…` keyword pair on a count (properties, items, characters).
fn count_bounds(
    s: &Map<String, Value>,
    min_keyword: &str,
    max_keyword: &str,
    count: usize,
    loc: Loc<'_>,
    errors: &mut Vec<VErr>,
) {
    let count_u64 = count as u64;
    let bound = |keyword: &str| s.get(keyword).and_then(Value::as_u64);
    let below = bound(min_keyword).filter(|&n| count_u64 < n);
    let above = bound(max_keyword).filter(|&n| count_u64 > n);
    for (keyword, n) in [(min_keyword, below), (max_keyword, above)] {
        if let Some(n) = n {
            errors.push(VErr::new(
                loc,
                format!(
                    "{keyword}: got {}, want {}",
                    localized_int(count),
                    localized_int(n as usize)
                ),
            ));
        }
    }
}

fn localized_int(n: usize) -> String {
    localized_num(n as f64)
}

/// The JSON Schema type names, in the order the validator Helm uses lists a set of them.
const JSON_TYPES: [&str; 7] = [
    "null", "boolean", "number", "integer", "string", "array", "object",
];

fn type_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn is_integer(v: &Value) -> bool {
    match v {
        Value::Number(n) => {
            n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        _ => false,
    }
}

/// An exact rational from a number's shortest decimal text (Go's `big.Rat` of `%v`).
fn rational(v: f64) -> Option<(i128, i128)> {
    let s = format!("{v:e}");
    let (m, e) = s.split_once('e')?;
    let e: i32 = e.parse().ok()?;
    let neg = m.starts_with('-');
    let m = m.trim_start_matches('-');
    let (i, f) = m.split_once('.').unwrap_or((m, ""));
    let digits = format!("{i}{f}");
    let mut num: i128 = digits.parse().ok()?;
    let scale = e - f.len() as i32;
    let mut den: i128 = 1;
    if scale >= 0 {
        num = num.checked_mul(10i128.checked_pow(scale as u32)?)?;
    } else {
        den = 10i128.checked_pow((-scale) as u32)?;
    }
    Some((if neg { -num } else { num }, den))
}

fn num_of(v: &Value) -> Option<f64> {
    v.as_f64()
}

fn json_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_equal(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_equal(v, w)))
        }
        _ => a == b,
    }
}

/// santhosh-tekuri's `display` of an enum/const value.
fn display(v: &Value) -> String {
    match v {
        Value::String(s) => quote(s),
        Value::Array(_) | Value::Object(_) => "value".into(),
        Value::Null => "<nil>".into(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
    }
}

struct Validator<'a> {
    root: &'a Value,
    draft: u32,
    unresolved: Vec<String>,
    depth: usize,
    /// How many references may nest before this validator gives up (see [`RefBudget`]).
    ref_budget: usize,
    /// Set when the budget ran out: the result is then not the answer.
    gave_up: bool,
}

/// How deeply `$ref`s may nest while validating. Validation recurses once per schema level;
/// serde_json parses at most 128 levels of nesting, and only a reference leads back up, so the
/// stack a validation needs is bounded by the references nested on its path. A thread with an
/// ordinary stack validates within [`RefBudget::ORDINARY_STACK`] and leaves deeper cases to the
/// render thread's large stack.
#[derive(Clone, Copy)]
struct RefBudget(usize);

impl RefBudget {
    /// Helm's own bound (a 201st nested reference is reported as a cycle) is never reached.
    const UNBOUNDED: RefBudget = RefBudget(usize::MAX);
    /// ~5 x 128 levels of a few hundred bytes of stack each: well within a main thread's 8 MiB.
    const ORDINARY_STACK: RefBudget = RefBudget(4);
}

fn draft_of(root: &Value) -> u32 {
    let s = root.get("$schema").and_then(Value::as_str).unwrap_or("");
    if s.contains("draft-04") {
        4
    } else if s.contains("draft-06") {
        6
    } else if s.contains("draft-07") {
        7
    } else if s.contains("2019-09") {
        2019
    } else {
        2020
    }
}

fn pointer_get<'v>(root: &'v Value, fragment: &str) -> Option<&'v Value> {
    if fragment.is_empty() {
        return Some(root);
    }
    let mut cur = root;
    for tok in fragment.strip_prefix('/')?.split('/') {
        let tok = percent_decode(tok).replace("~1", "/").replace("~0", "~");
        cur = match cur {
            Value::Object(m) => m.get(&tok)?,
            Value::Array(a) => a.get(tok.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Some(x) = std::str::from_utf8(&b[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(x);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl<'a> Validator<'a> {
    fn resolve(&mut self, r: &str) -> Option<&'a Value> {
        let frag = r
            .strip_prefix("file:///values.schema.json")
            .unwrap_or(r)
            .strip_prefix('#')?;
        if let Some(v) = pointer_get(self.root, frag) {
            return Some(v);
        }
        // An anchor (`#name`) defined with `$anchor` or a draft-07 `$id: "#name"`.
        find_anchor(self.root, frag)
    }

    fn validate(&mut self, s: &'a Value, v: &Value, loc: Loc<'_>) -> Option<VErr> {
        if self.gave_up {
            return None;
        }
        let obj = match s {
            Value::Bool(true) => return None,
            Value::Bool(false) => return Some(VErr::new(loc, "false schema")),
            Value::Object(m) => m,
            _ => return None,
        };
        if self.depth > 200 {
            return Some(VErr::new(loc, "reference cycle"));
        }
        let t = type_of(v);
        if let Some(ty) = obj.get("type") {
            // A set, named in the validator's order (`want null or integer` for
            // `["integer", "null"]`); names that are not JSON types are left out.
            let named = |name: &str| match ty {
                Value::String(s) => s == name,
                Value::Array(a) => a.iter().any(|t| t.as_str() == Some(name)),
                _ => false,
            };
            let types: Vec<&str> = JSON_TYPES.into_iter().filter(|t| named(t)).collect();
            let matched = types.contains(&t)
                || (types.contains(&"integer") && t == "number" && is_integer(v));
            if !types.is_empty() && !matched {
                return Some(VErr::new(
                    loc,
                    format!("got {t}, want {}", types.join(" or ")),
                ));
            }
        }
        if let Some(c) = obj.get("const") {
            if !json_equal(v, c) {
                let msg = match c {
                    Value::Array(_) | Value::Object(_) => "'const' failed".to_string(),
                    c => format!("value must be {}", display(c)),
                };
                return Some(VErr::new(loc, msg));
            }
        }
        if let Some(Value::Array(items)) = obj.get("enum") {
            if !items.iter().any(|i| json_equal(v, i)) {
                let primitive = items.iter().all(|i| !i.is_array() && !i.is_object());
                let msg = if !primitive {
                    "'enum' failed".to_string()
                } else if items.len() == 1 {
                    format!("value must be {}", display(&items[0]))
                } else {
                    format!(
                        "value must be one of {}",
                        items.iter().map(display).collect::<Vec<_>>().join(", ")
                    )
                };
                return Some(VErr::new(loc, msg));
            }
        }
        if self.draft <= 7 {
            if let (Some(Value::String(f)), Value::String(sv)) = (obj.get("format"), v) {
                if let Some(why) = format_error(f, sv) {
                    return Some(VErr::new(
                        loc,
                        format!("{} is not valid {f}: {why}", quote(sv)),
                    ));
                }
            }
        }
        let mut errors: Vec<VErr> = Vec::new();
        if let Some(Value::String(r)) = obj.get("$ref") {
            let err = self.validate_ref(r, v, loc);
            if self.draft < 2019 {
                return err;
            }
            errors.extend(err);
        }
        match v {
            Value::Object(m) => self.obj_validate(obj, m, loc, &mut errors),
            Value::Array(a) => self.arr_validate(obj, a, loc, &mut errors),
            Value::String(s) => str_validate(obj, s, loc, &mut errors),
            Value::Number(_) => num_validate(obj, v, loc, &mut errors),
            _ => {}
        }
        self.cond_validate(obj, v, loc, &mut errors);
        match errors.len() {
            0 => None,
            1 => errors.pop(),
            _ => {
                let mut e = VErr::with_causes(loc, "validation failed", errors);
                e.group = true;
                Some(e)
            }
        }
    }

    fn validate_ref(&mut self, r: &str, v: &Value, loc: Loc<'_>) -> Option<VErr> {
        if r.starts_with("urn:") {
            // Helm resolves unknown URNs to the permissive `true` schema.
            return None;
        }
        let Some(target) = self.resolve(r) else {
            self.unresolved.push(r.to_string());
            return None;
        };
        if self.depth >= self.ref_budget {
            self.gave_up = true;
            return None;
        }
        self.depth += 1;
        let res = self.validate(target, v, loc);
        self.depth -= 1;
        let e = res?;
        let causes = if e.group { e.causes } else { vec![e] };
        let mut re = VErr::with_causes(loc, "validation failed", causes);
        re.reference = true;
        Some(re)
    }

    fn sub(&mut self, s: &'a Value, v: &Value, loc: Loc<'_>, tok: &str) -> Option<VErr> {
        let here = Loc {
            parent: Some(&loc),
            token: tok,
        };
        self.validate(s, v, here)
    }

    fn obj_validate(
        &mut self,
        s: &'a Map<String, Value>,
        m: &Map<String, Value>,
        loc: Loc<'_>,
        errors: &mut Vec<VErr>,
    ) {
        count_bounds(s, "minProperties", "maxProperties", m.len(), loc, errors);
        if let Some(Value::Array(req)) = s.get("required") {
            let missing: Vec<&str> = req
                .iter()
                .filter_map(Value::as_str)
                .filter(|k| !m.contains_key(*k))
                .collect();
            if !missing.is_empty() {
                errors.push(VErr::new(loc, missing_msg(&missing)));
            }
        }
        if self.draft <= 7 {
            if let Some(Value::Object(deps)) = s.get("dependencies") {
                for (p, dep) in deps {
                    if !m.contains_key(p) {
                        continue;
                    }
                    match dep {
                        Value::Array(req) => {
                            let missing: Vec<&str> = req
                                .iter()
                                .filter_map(Value::as_str)
                                .filter(|k| !m.contains_key(*k))
                                .collect();
                            if !missing.is_empty() {
                                errors.push(VErr::new(
                                    loc,
                                    format!(
                                        "properties {} required, if {} exists",
                                        join_quoted(&missing),
                                        quote(p)
                                    ),
                                ));
                            }
                        }
                        dep => {
                            let dv = Value::Object(m.clone());
                            errors.extend(self.validate(dep, &dv, loc));
                        }
                    }
                }
            }
        }
        let props = s.get("properties").and_then(Value::as_object);
        let pattern_props = s.get("patternProperties").and_then(Value::as_object);
        let mut keys: Vec<&String> = m.keys().collect();
        keys.sort();
        let mut additional: Vec<&str> = Vec::new();
        for k in keys {
            let pv = &m[k];
            let mut evaluated = false;
            if let Some(ps) = props.and_then(|p| p.get(k)) {
                evaluated = true;
                errors.extend(self.sub(ps, pv, loc, k));
            }
            if let Some(pp) = pattern_props {
                for (re, ps) in pp {
                    if go_regexp(re).is_ok_and(|r| r.is_match(k)) {
                        evaluated = true;
                        errors.extend(self.sub(ps, pv, loc, k));
                    }
                }
            }
            if !evaluated {
                match s.get("additionalProperties") {
                    Some(Value::Bool(false)) => additional.push(k),
                    Some(ap @ Value::Object(_)) => errors.extend(self.sub(ap, pv, loc, k)),
                    _ => {}
                }
            }
        }
        if !additional.is_empty() {
            errors.push(VErr::new(
                loc,
                format!(
                    "additional properties {} not allowed",
                    join_quoted(&additional)
                ),
            ));
        }
        if self.draft == 4 {
            return;
        }
        if let Some(pn) = s.get("propertyNames") {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            for k in keys {
                if let Some(e) = self.validate(pn, &Value::String(k.clone()), Loc::ROOT) {
                    let causes = if e.group { e.causes } else { vec![e] };
                    errors.push(VErr::with_causes(
                        Loc::ROOT,
                        format!("invalid propertyName {}", quote(k)),
                        causes,
                    ));
                }
            }
        }
        if self.draft == 6 {
            return;
        }
        if let Some(Value::Object(ds)) = s.get("dependentSchemas") {
            for (p, dep) in ds {
                if m.contains_key(p) {
                    let dv = Value::Object(m.clone());
                    errors.extend(self.validate(dep, &dv, loc));
                }
            }
        }
        if let Some(Value::Object(dr)) = s.get("dependentRequired") {
            for (p, req) in dr {
                if !m.contains_key(p) {
                    continue;
                }
                let missing: Vec<&str> = req
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .filter(|k| !m.contains_key(*k))
                            .collect()
                    })
                    .unwrap_or_default();
                if !missing.is_empty() {
                    errors.push(VErr::new(
                        loc,
                        format!(
                            "properties {} required, if {} exists",
                            join_quoted(&missing),
                            quote(p)
                        ),
                    ));
                }
            }
        }
    }

    fn arr_validate(
        &mut self,
        s: &'a Map<String, Value>,
        a: &[Value],
        loc: Loc<'_>,
        errors: &mut Vec<VErr>,
    ) {
        count_bounds(s, "minItems", "maxItems", a.len(), loc, errors);
        if s.get("uniqueItems") == Some(&Value::Bool(true)) && a.len() > 1 {
            'outer: for i in 0..a.len() {
                for j in i + 1..a.len() {
                    if json_equal(&a[i], &a[j]) {
                        errors.push(VErr::new(
                            loc,
                            format!(
                                "items at {} and {} are equal",
                                localized_int(i),
                                localized_int(j)
                            ),
                        ));
                        break 'outer;
                    }
                }
            }
        }
        if self.draft < 2020 {
            let mut evaluated = 0;
            match s.get("items") {
                Some(Value::Array(tuple)) => {
                    let n = tuple.len().min(a.len());
                    for (i, item) in a[..n].iter().enumerate() {
                        errors.extend(self.sub(&tuple[i], item, loc, &i.to_string()));
                    }
                    evaluated = n;
                }
                Some(items @ (Value::Object(_) | Value::Bool(_))) => {
                    for (i, item) in a.iter().enumerate() {
                        errors.extend(self.sub(items, item, loc, &i.to_string()));
                    }
                    evaluated = a.len();
                }
                _ => {}
            }
            match s.get("additionalItems") {
                Some(Value::Bool(false)) if evaluated != a.len() => errors.push(VErr::new(
                    loc,
                    format!(
                        "last {} additionalItem(s) not allowed",
                        localized_int(a.len() - evaluated)
                    ),
                )),
                Some(ai @ Value::Object(_)) => {
                    // Helm's library numbers these from 0 again; reproduced.
                    for (i, item) in a[evaluated..].iter().enumerate() {
                        errors.extend(self.sub(ai, item, loc, &i.to_string()));
                    }
                }
                _ => {}
            }
        } else {
            let prefix: &[Value] = s
                .get("prefixItems")
                .and_then(Value::as_array)
                .map_or(&[], Vec::as_slice);
            let n = prefix.len().min(a.len());
            for (i, item) in a[..n].iter().enumerate() {
                errors.extend(self.sub(&prefix[i], item, loc, &i.to_string()));
            }
            if let Some(items) = s.get("items") {
                // Numbered from 0 after the prefix items, as Helm's library does.
                for (i, item) in a[n..].iter().enumerate() {
                    errors.extend(self.sub(items, item, loc, &i.to_string()));
                }
            }
        }
        if let Some(cs) = s.get("contains") {
            let mut errs = Vec::new();
            let mut matched = Vec::new();
            for (i, item) in a.iter().enumerate() {
                match self.sub(cs, item, loc, &i.to_string()) {
                    Some(e) => errs.push(e),
                    None => matched.push(i),
                }
            }
            let min = if self.draft >= 2019 {
                s.get("minContains").and_then(Value::as_u64)
            } else {
                None
            };
            if let Some(min) = min {
                if (matched.len() as u64) < min {
                    let msg = if matched.is_empty() {
                        format!(
                            "min {} items required to match contains schema, but none matched",
                            localized_int(min as usize)
                        )
                    } else {
                        format!(
                            "min {} items required to match contains schema, but matched {} items at {}",
                            localized_int(min as usize),
                            localized_int(matched.len()),
                            matched.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(" ")
                        )
                    };
                    errors.push(VErr::with_causes(loc, msg, errs));
                }
            } else if matched.is_empty() {
                errors.push(VErr::with_causes(
                    loc,
                    "no items match contains schema",
                    errs,
                ));
            }
            if self.draft >= 2019 {
                if let Some(max) = s.get("maxContains").and_then(Value::as_u64) {
                    if (matched.len() as u64) > max {
                        errors.push(VErr::new(
                            loc,
                            format!(
                                "max {} items required to match contains schema, but matched {} items at {}",
                                localized_int(max as usize),
                                localized_int(matched.len()),
                                matched.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(" ")
                            ),
                        ));
                    }
                }
            }
        }
    }

    fn cond_validate(
        &mut self,
        s: &'a Map<String, Value>,
        v: &Value,
        loc: Loc<'_>,
        errors: &mut Vec<VErr>,
    ) {
        if let Some(n) = s.get("not") {
            if self.validate(n, v, loc).is_none() {
                errors.push(VErr::new(loc, "'not' failed"));
            }
        }
        if let Some(Value::Array(all)) = s.get("allOf") {
            let errs: Vec<VErr> = all
                .iter()
                .filter_map(|x| self.validate(x, v, loc))
                .collect();
            if !errs.is_empty() {
                errors.push(VErr::with_causes(loc, "'allOf' failed", errs));
            }
        }
        if let Some(Value::Array(any)) = s.get("anyOf") {
            let mut errs = Vec::new();
            let mut matched = false;
            for x in any {
                match self.validate(x, v, loc) {
                    Some(e) => errs.push(e),
                    None => {
                        matched = true;
                        break;
                    }
                }
            }
            if !matched {
                errors.push(VErr::with_causes(loc, "'anyOf' failed", errs));
            }
        }
        if let Some(Value::Array(one)) = s.get("oneOf") {
            let mut matched: Option<usize> = None;
            let mut errs = Vec::new();
            for (i, x) in one.iter().enumerate() {
                match self.validate(x, v, loc) {
                    Some(e) => {
                        if matched.is_none() {
                            errs.push(e);
                        }
                    }
                    None => match matched {
                        None => matched = Some(i),
                        Some(m) => {
                            errors.push(VErr::new(
                                loc,
                                format!("'oneOf' failed, subschemas {m}, {i} matched"),
                            ));
                            break;
                        }
                    },
                }
            }
            if matched.is_none() {
                errors.push(VErr::with_causes(loc, "'oneOf' failed, none matched", errs));
            }
        }
        if let Some(i) = s.get("if") {
            if self.draft >= 7 {
                if self.validate(i, v, loc).is_none() {
                    if let Some(t) = s.get("then") {
                        errors.extend(self.validate(t, v, loc));
                    }
                } else if let Some(e) = s.get("else") {
                    errors.extend(self.validate(e, v, loc));
                }
            }
        }
    }
}

fn find_anchor<'v>(v: &'v Value, name: &str) -> Option<&'v Value> {
    match v {
        Value::Object(m) => {
            let hit = m.get("$anchor").and_then(Value::as_str) == Some(name)
                || m.get("$id").and_then(Value::as_str) == Some(&format!("#{name}"));
            if hit {
                return Some(v);
            }
            m.values().find_map(|c| find_anchor(c, name))
        }
        Value::Array(a) => a.iter().find_map(|c| find_anchor(c, name)),
        _ => None,
    }
}

fn missing_msg(missing: &[&str]) -> String {
    if missing.len() == 1 {
        format!("missing property {}", quote(missing[0]))
    } else {
        format!("missing properties {}", join_quoted(missing))
    }
}

fn join_quoted(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| quote(s))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A schema's `pattern` or `patternProperties` key as Helm's validator compiles it: Go's
/// regexp syntax (`\d` is ASCII), each distinct pattern compiled once per thread.
fn go_regexp(pattern: &str) -> Result<std::rc::Rc<gotemplate::sprig::regex::Compiled>, String> {
    gotemplate::sprig::regex::compiled(pattern)
}

fn str_validate(s: &Map<String, Value>, v: &str, loc: Loc<'_>, errors: &mut Vec<VErr>) {
    let len = v.chars().count();
    count_bounds(s, "minLength", "maxLength", len, loc, errors);
    if let Some(Value::String(p)) = s.get("pattern") {
        if let Ok(re) = go_regexp(p) {
            if !re.is_match(v) {
                errors.push(VErr::new(
                    loc,
                    format!("{} does not match pattern {}", quote(v), quote(p)),
                ));
            }
        }
    }
}

fn num_validate(s: &Map<String, Value>, v: &Value, loc: Loc<'_>, errors: &mut Vec<VErr>) {
    let Some(x) = num_of(v) else { return };
    let mut check = |kw: &str, fails: &dyn Fn(f64, f64) -> bool| {
        if let Some(w) = s.get(kw).and_then(num_of) {
            if fails(x, w) {
                errors.push(VErr::new(
                    loc,
                    format!("{kw}: got {}, want {}", localized_num(x), localized_num(w)),
                ));
            }
        }
    };
    check("minimum", &|x, w| x < w);
    check("maximum", &|x, w| x > w);
    check("exclusiveMinimum", &|x, w| x <= w);
    check("exclusiveMaximum", &|x, w| x >= w);
    check("multipleOf", &|x, w| match (rational(x), rational(w)) {
        (Some((xn, xd)), Some((wn, wd))) if wn != 0 => {
            // x / w = (xn * wd) / (xd * wn) must be an integer.
            match (xn.checked_mul(wd), xd.checked_mul(wn)) {
                (Some(a), Some(b)) if b != 0 => a % b != 0,
                _ => (x / w).fract() != 0.0,
            }
        }
        _ => (x / w).fract() != 0.0,
    });
}

/// Format checks asserted for drafts up to 7 (a few common ones).
fn format_error(format: &str, v: &str) -> Option<String> {
    match format {
        "email" => {
            if !v.contains('@') {
                Some("missing @".into())
            } else {
                None
            }
        }
        "ipv4" => v
            .parse::<std::net::Ipv4Addr>()
            .err()
            .map(|_| "invalid ipv4 address".into()),
        "ipv6" => v
            .parse::<std::net::Ipv6Addr>()
            .err()
            .map(|_| "invalid ipv6 address".into()),
        "regex" => regex::Regex::new(v).err().map(|e| e.to_string()),
        _ => None,
    }
}

/// Validates `values` (an object) against one `values.schema.json`; the text is what Helm
/// prints for it (each error line `- at '<pointer>': <message>`, ending with a newline).
pub fn validate_against_single_schema(values: &Value, schema: &[u8]) -> Result<(), String> {
    validate_parsed(values, &parse_schema(schema)?)
}

/// A `values.schema.json` parsed, or why it does not parse (as the validator reports it).
type ParsedSchema = Result<Value, String>;

fn parse_schema(schema: &[u8]) -> ParsedSchema {
    serde_json::from_slice(schema).map_err(|e| {
        if e.is_eof() {
            "unexpected EOF".to_string()
        } else {
            e.to_string()
        }
    })
}

/// [`validate_against_single_schema`] with the schema parsed.
fn validate_parsed(values: &Value, root: &Value) -> Result<(), String> {
    validate_within(values, root, RefBudget::UNBOUNDED).expect("an unbounded validation answers")
}

/// [`validate_parsed`] within `budget`; `None` when the budget ran out.
fn validate_within(values: &Value, root: &Value, budget: RefBudget) -> Option<Result<(), String>> {
    let mut vd = Validator {
        root,
        draft: draft_of(root),
        unresolved: Vec::new(),
        depth: 0,
        ref_budget: budget.0,
        gave_up: false,
    };
    let res = vd.validate(root, values, Loc::ROOT);
    if vd.gave_up {
        return None;
    }
    Some(validated(res, &vd.unresolved))
}

/// The text of a validation's result (`res`), given the references it could not resolve.
fn validated(res: Option<VErr>, unresolved: &[String]) -> Result<(), String> {
    if let Some(r) = unresolved.first() {
        return Err(format!(
            "cannot resolve $ref {r}: rhelm supports only references inside values.schema.json"
        ));
    }
    let Some(e) = res else { return Ok(()) };
    let causes = if e.group { e.causes } else { vec![e] };
    let mut out = String::new();
    for c in &causes {
        c.display(&mut out, 1);
    }
    Err(format!("{}\n", out.trim_start_matches('\n')))
}

/// The `values.schema.json` files of a chart and its subcharts being parsed on the lent thread
/// ([`crate::parallel`]) while the render thread processes dependencies and coalesces values
/// (traefik's 181 KB schema is 4.1M instructions to parse); validation takes each schema parsed
/// from the same bytes and parses any other itself.
pub struct SchemaAhead {
    schemas: Vec<std::sync::Arc<[u8]>>,
    map: crate::parallel::LentMap<std::sync::Arc<[u8]>, ParsedSchema>,
}

impl SchemaAhead {
    /// Starts parsing the schemas of `chart` and its subcharts (before dependency processing,
    /// so some may go unused); `None` when no thread is lent or they are too small to be worth
    /// it. (serde_json's nesting limit bounds the parse's stack: any thread can take it.)
    pub fn start(chart: &Chart) -> Option<SchemaAhead> {
        fn gather(chart: &Chart, out: &mut Vec<std::sync::Arc<[u8]>>) {
            out.extend(chart.schema.as_deref().map(std::sync::Arc::from));
            for dep in &chart.dependencies {
                gather(dep, out);
            }
        }
        let mut schemas = Vec::new();
        gather(chart, &mut schemas);
        let bytes: usize = schemas.iter().map(|s| s.len()).sum();
        crate::parallel::worth_lending(bytes).then(|| SchemaAhead::parse(schemas, bytes))
    }

    fn parse(schemas: Vec<std::sync::Arc<[u8]>>, bytes: usize) -> SchemaAhead {
        let map = crate::parallel::LentMap::start(
            schemas.clone(),
            bytes,
            |_| true,
            |schema: &std::sync::Arc<[u8]>| parse_schema(schema),
        );
        SchemaAhead { schemas, map }
    }

    /// Every schema, parsed (here what the lent thread did not take).
    fn finish(self) -> Vec<(std::sync::Arc<[u8]>, ParsedSchema)> {
        self.schemas.into_iter().zip(self.map.finish()).collect()
    }
}

/// Helm's `ValidateAgainstSchema`: checks the chart's and each subchart's schema against the
/// coalesced values, and hands them back. The error text is Helm's complete message. Schemas
/// parsed `ahead` are not parsed again.
pub fn validate_against_schema(
    chart: &Chart,
    values: Map<String, Value>,
    ahead: Option<SchemaAhead>,
) -> Result<Map<String, Value>, ChartError> {
    let tree = SchemaTree::of(chart);
    let parsed = ahead.map(SchemaAhead::finish).unwrap_or_default();
    // Validated as the object value it is, without a copy.
    let values = Value::Object(values);
    let walk = schema_errors(&tree, &values, &parsed, RefBudget::UNBOUNDED)
        .expect("an unbounded validation answers");
    schema_verdict(walk)?;
    match values {
        Value::Object(m) => Ok(m),
        _ => unreachable!("built as an object above"),
    }
}

/// Logs the walk's debug lines, then gives the error for the errors found, if any.
fn schema_verdict(walk: Walk) -> Result<(), ChartError> {
    for line in &walk.debug {
        line.log();
    }
    if walk.errors.is_empty() {
        return Ok(());
    }
    Err(ChartError::Schema(format!(
        "values don't meet the specifications of the schema(s) in the following chart(s):\n{}",
        walk.errors
    )))
}

/// What validating against the schemas of a chart tree found.
struct Walk {
    /// The errors, one section per chart.
    errors: String,
    /// The debug lines Helm logs on the way, in order.
    debug: Vec<WalkLine>,
}

/// A debug line of Helm's walk of the chart tree's schemas.
enum WalkLine {
    ChartName(String),
    /// A schema that parsed.
    Schema(std::sync::Arc<[u8]>),
    Dependencies(String, usize),
}

impl WalkLine {
    fn log(&self) {
        match self {
            WalkLine::ChartName(name) => {
                tracing::debug!("chart-name" = name.as_str(), "chart name")
            }
            WalkLine::Schema(bytes) => tracing::debug!(
                schema = String::from_utf8_lossy(bytes).as_ref(),
                "unmarshalled JSON schema"
            ),
            WalkLine::Dependencies(name, n) => tracing::debug!(
                chart = name.as_str(),
                dependencies = *n,
                "number of dependencies in the chart"
            ),
        }
    }
}

/// [`validate_against_schema`] begun on the lent thread ([`crate::parallel`]), so that it runs
/// while the chart renders; [`SchemaCheck::finish`] gives the verdict. Helm validates before it
/// renders, so a schema error is to be reported in place of whatever the render gave. The lent
/// thread's stack is ordinary: a validation whose references nest deeper than it allows is
/// done again by the thread that finishes the check.
pub struct SchemaCheck {
    input: std::sync::Arc<CheckInput>,
    map: crate::parallel::LentMap<std::sync::Arc<CheckInput>, Option<Walk>>,
}

/// What a [`SchemaCheck`] reads.
struct CheckInput {
    tree: SchemaTree,
    /// The coalesced values (an object).
    values: std::sync::Arc<Value>,
    ahead: std::sync::Mutex<Option<SchemaAhead>>,
    parsed: std::sync::OnceLock<Vec<(std::sync::Arc<[u8]>, ParsedSchema)>>,
}

impl CheckInput {
    /// The schemas parsed ahead, once they are all parsed.
    fn parsed(&self) -> &[(std::sync::Arc<[u8]>, ParsedSchema)] {
        self.parsed.get_or_init(|| {
            let ahead = self.ahead.lock().ok().and_then(|mut a| a.take());
            ahead.map(SchemaAhead::finish).unwrap_or_default()
        })
    }

    fn walk(&self, budget: RefBudget) -> Option<Walk> {
        schema_errors(&self.tree, &self.values, self.parsed(), budget)
    }
}

impl SchemaCheck {
    /// Starts validating `values` (an object) against the schemas of `chart` (as dependency
    /// processing left it) and its subcharts, using the schemas parsed `ahead`.
    pub fn start(
        chart: &Chart,
        values: std::sync::Arc<Value>,
        ahead: Option<SchemaAhead>,
    ) -> SchemaCheck {
        let tree = SchemaTree::of(chart);
        let bytes = tree.schema_bytes();
        let input = std::sync::Arc::new(CheckInput {
            tree,
            values,
            ahead: std::sync::Mutex::new(ahead),
            parsed: std::sync::OnceLock::new(),
        });
        let map = crate::parallel::LentMap::start(
            vec![std::sync::Arc::clone(&input)],
            bytes,
            |_| true,
            |input: &std::sync::Arc<CheckInput>| input.walk(RefBudget::ORDINARY_STACK),
        );
        SchemaCheck { input, map }
    }

    /// The verdict: the schema error, if the values do not validate; Helm's debug lines of the
    /// walk are logged here. Call it on a thread with a large stack (it validates again,
    /// without a bound, what the lent thread gave up on).
    pub fn finish(self) -> Result<(), ChartError> {
        let done = self.map.finish().into_iter().next().flatten();
        let walk = match done {
            Some(walk) => walk,
            None => self
                .input
                .walk(RefBudget::UNBOUNDED)
                .expect("an unbounded validation answers"),
        };
        schema_verdict(walk)
    }
}

/// A chart's name and schema, and its subcharts', as validation walks them.
struct SchemaTree {
    name: String,
    schema: Option<std::sync::Arc<[u8]>>,
    subcharts: Vec<SchemaTree>,
}

impl SchemaTree {
    fn of(chart: &Chart) -> SchemaTree {
        SchemaTree {
            name: chart.name().to_string(),
            schema: chart.schema.as_deref().map(std::sync::Arc::from),
            subcharts: chart.dependencies.iter().map(SchemaTree::of).collect(),
        }
    }

    fn schema_bytes(&self) -> usize {
        let own = self.schema.as_ref().map_or(0, |s| s.len());
        own + self
            .subcharts
            .iter()
            .map(SchemaTree::schema_bytes)
            .sum::<usize>()
    }
}

/// Validates `values` (an object) against the schemas of `tree`; `None` when a validation ran
/// out of `budget`. `parsed`: schemas parsed ahead, taken when their bytes are met.
fn schema_errors(
    tree: &SchemaTree,
    values: &Value,
    parsed: &[(std::sync::Arc<[u8]>, ParsedSchema)],
    budget: RefBudget,
) -> Option<Walk> {
    let mut walk = Walk {
        errors: String::new(),
        debug: Vec::new(),
    };
    walk_schemas(tree, values, parsed, budget, &mut walk)?;
    Some(walk)
}

fn walk_schemas(
    tree: &SchemaTree,
    values: &Value,
    parsed: &[(std::sync::Arc<[u8]>, ParsedSchema)],
    budget: RefBudget,
    walk: &mut Walk,
) -> Option<()> {
    if let Some(schema) = &tree.schema {
        walk.debug.push(WalkLine::ChartName(tree.name.clone()));
        let parsed_here;
        let root = match parsed.iter().find(|(bytes, _)| **bytes == **schema) {
            Some((_, root)) => root,
            None => {
                parsed_here = parse_schema(schema);
                &parsed_here
            }
        };
        let result = match root {
            Ok(root) => {
                walk.debug
                    .push(WalkLine::Schema(std::sync::Arc::clone(schema)));
                validate_within(values, root, budget)?
            }
            Err(e) => Err(e.clone()),
        };
        if let Err(e) = result {
            walk.errors.push_str(&format!("{}:\n{e}", tree.name));
        }
    }
    walk.debug.push(WalkLine::Dependencies(
        tree.name.clone(),
        tree.subcharts.len(),
    ));
    for sub in &tree.subcharts {
        match values.get(&sub.name) {
            None | Some(Value::Null) => {}
            Some(v @ Value::Object(_)) => walk_schemas(sub, v, parsed, budget, walk)?,
            Some(other) => walk.errors.push_str(&format!(
                "{}:\ninvalid type for values: expected object (map), got {}\n",
                sub.name,
                super::gofmt::type_name(other)
            )),
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A chart loaded from `(name, text)` files.
    fn chart_of(files: &[(&str, &str)]) -> Chart {
        let files = files
            .iter()
            .map(|(name, data)| crate::chart::archive::BufferedFile {
                name: name.to_string(),
                data: data.as_bytes().to_vec(),
                mod_time: None,
            })
            .collect();
        crate::chart::load_files(files).unwrap()
    }

    fn check(schema: Value, values: Value) -> Result<(), String> {
        validate_against_single_schema(&values, serde_json::to_string(&schema).unwrap().as_bytes())
    }

    /// A check begun ahead gives the verdict validating in place gives, also where references
    /// nest deeper than an ordinary stack is allowed (the bounded validation gives up and the
    /// check validates again without a bound).
    #[test]
    fn a_check_begun_ahead_gives_the_verdict_of_validating_in_place() {
        // Each level of `child` is one more reference nested on the path.
        let recursive = r##"{"required": ["name"], "properties": {"name": {"type": "string"},
            "child": {"$ref": "#"}}}"##;
        let chained = r##"{"properties": {"x": {"$ref": "#/definitions/a"}}, "definitions": {
            "a": {"$ref": "#/definitions/b"}, "b": {"$ref": "#/definitions/c"},
            "c": {"$ref": "#/definitions/d"}, "d": {"$ref": "#/definitions/e"},
            "e": {"$ref": "#/definitions/f"}, "f": {"type": "integer"}}}"##;
        let nested = |depth: usize, last: Value| {
            (0..depth).fold(last, |inner, _| json!({"name": "n", "child": inner}))
        };
        let cases = [
            (recursive, nested(2, json!({}))),
            (recursive, nested(2, json!({"name": "leaf"}))),
            (recursive, nested(12, json!({"name": 3}))),
            (recursive, nested(12, json!({"name": "leaf"}))),
            (chained, json!({"x": "one"})),
            (chained, json!({"x": 1})),
        ];
        for (schema, values) in cases {
            let chart = chart_of(&[
                ("Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.0.0\n"),
                ("values.schema.json", schema),
            ]);
            let Value::Object(map) = values.clone() else {
                unreachable!()
            };
            let in_place = validate_against_schema(&chart, map, None)
                .map(|_| ())
                .map_err(|e| e.to_string());
            let check = SchemaCheck::start(&chart, std::sync::Arc::new(values.clone()), None);
            let ahead = check.finish().map_err(|e| e.to_string());
            assert_eq!(ahead, in_place, "{schema} with {values}");
            let deep = values.to_string().matches("child").count() > RefBudget::ORDINARY_STACK.0
                || schema.contains("definitions/f");
            let bounded = SchemaTree::of(&chart);
            let parsed = vec![];
            assert_eq!(
                schema_errors(&bounded, &values, &parsed, RefBudget::ORDINARY_STACK).is_none(),
                deep,
                "{schema} with {values}"
            );
        }
    }

    /// Schemas parsed ahead are matched to their charts by their bytes: the same messages as
    /// parsing each in place, whatever order they were parsed in, an unparsable one included,
    /// and a schema that was not parsed ahead is parsed then.
    #[test]
    fn schemas_parsed_ahead_validate_as_parsed_in_place() {
        let chart = chart_of(&[
            ("Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.0.0\n"),
            (
                "values.schema.json",
                r#"{"properties": {"replicas": {"type": "integer"}}}"#,
            ),
            (
                "charts/sub/Chart.yaml",
                "apiVersion: v2\nname: sub\nversion: 1.0.0\n",
            ),
            (
                "charts/sub/values.schema.json",
                r#"{"required": ["tag"], "properties": {"tag": {"type": "string"}}}"#,
            ),
            (
                "charts/bad/Chart.yaml",
                "apiVersion: v2\nname: bad\nversion: 1.0.0\n",
            ),
            ("charts/bad/values.schema.json", r#"{"type": "#),
        ]);
        let schema = |c: &Chart| std::sync::Arc::<[u8]>::from(c.schema.clone().unwrap());
        let mut schemas = vec![schema(&chart)];
        schemas.extend(chart.dependencies.iter().map(schema));
        let all = || SchemaAhead::parse(schemas.iter().rev().cloned().collect(), 0);
        let some = || SchemaAhead::parse(schemas[1..2].to_vec(), 0);
        for values in [
            json!({"replicas": 2, "sub": {"tag": "v1"}}),
            json!({"replicas": "two", "sub": {"tag": 1}, "bad": {}}),
            json!({"sub": {}, "bad": null}),
        ] {
            let Value::Object(values) = values else {
                unreachable!()
            };
            let validate = |ahead| {
                validate_against_schema(&chart, values.clone(), ahead).map_err(|e| e.to_string())
            };
            let in_place = validate(None);
            assert_eq!(validate(Some(all())), in_place);
            assert_eq!(validate(Some(some())), in_place);
        }
        let Value::Object(invalid) = json!({"replicas": "two", "sub": {}, "bad": {}}) else {
            unreachable!()
        };
        let text = validate_against_schema(&chart, invalid, Some(all()))
            .unwrap_err()
            .to_string();
        for part in [
            "top:\n",
            "got string, want integer",
            "sub:\n",
            "missing property 'tag'",
            "bad:\n",
        ] {
            assert!(text.contains(part), "{part:?} in {text}");
        }
    }

    /// Patterns are Go regexps, as Helm's validator compiles them: `\d` and `\w` are ASCII
    /// (the `regex` crate's are Unicode and took Arabic-Indic digits for `\d`).
    #[test]
    fn patterns_have_go_regexp_meaning() {
        let schema = json!({"properties": {"port": {"pattern": "^\\d+$"}},
            "patternProperties": {"^\\w+$": {"type": "string"}}});
        let err = check(schema.clone(), json!({"port": "\u{0661}\u{0662}"})).unwrap_err();
        assert!(err.contains("does not match pattern '^\\\\d+$'"), "{err}");
        assert!(check(schema.clone(), json!({"port": "12"})).is_ok());
        // `é` is not a Go `\w`: the key is not checked against the pattern's schema.
        assert!(check(schema.clone(), json!({"é": 1})).is_ok());
        assert!(check(schema, json!({"e": 1})).is_err());
    }

    #[test]
    fn numbers_are_localized() {
        assert_eq!(localized_num(123456.0), "123,456");
        assert_eq!(localized_num(1234567.0), "1.234567×10⁰⁶");
        assert_eq!(localized_num(1e23), "1×10²³");
        assert_eq!(localized_num(-1.0), "-1");
        assert_eq!(localized_num(5.5), "5.5");
    }

    /// The walk logs Helm's debug lines in Helm's order: a chart's name and its schema (when it
    /// parses) before its dependency count, then the subcharts whose values are objects.
    #[test]
    fn the_walk_logs_helms_debug_lines_in_order() {
        let chart = chart_of(&[
            ("Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.0.0\n"),
            ("values.schema.json", "{}\n"),
            (
                "charts/bad/Chart.yaml",
                "apiVersion: v2\nname: bad\nversion: 1.0.0\n",
            ),
            ("charts/bad/values.schema.json", "{"),
            (
                "charts/plain/Chart.yaml",
                "apiVersion: v2\nname: plain\nversion: 1.0.0\n",
            ),
            (
                "charts/skipped/Chart.yaml",
                "apiVersion: v2\nname: skipped\nversion: 1.0.0\n",
            ),
        ]);
        let values = json!({"bad": {}, "plain": {}, "skipped": null});
        let walk = schema_errors(&SchemaTree::of(&chart), &values, &[], RefBudget::UNBOUNDED)
            .expect("unbounded");
        let lines: Vec<String> = walk
            .debug
            .iter()
            .map(|l| match l {
                WalkLine::ChartName(n) => format!("name {n}"),
                WalkLine::Schema(b) => format!("schema {}", String::from_utf8_lossy(b).trim()),
                WalkLine::Dependencies(n, d) => format!("deps {n} {d}"),
            })
            .collect();
        assert_eq!(
            lines,
            [
                "name top",
                "schema {}",
                "deps top 3",
                "name bad",
                "deps bad 0",
                "deps plain 0"
            ]
        );
        assert!(walk.errors.starts_with("bad:\n"), "{}", walk.errors);
    }

    /// A `type` list is a set, named in the validator's order (helm 4.1.4: `got string, want
    /// null or integer` for the traefik chart's `["integer", "null"]`).
    #[test]
    fn wanted_types_are_named_in_the_validators_order() {
        let schema = json!({"properties": {"p": {"type": ["object", "integer", "null"]}}});
        assert_eq!(
            check(schema, json!({"p": "x"})).unwrap_err(),
            "- at '/p': got string, want null or integer or object\n"
        );
    }

    #[test]
    fn messages_match_helm() {
        let schema = json!({
            "type": "object",
            "required": ["name", "port"],
            "additionalProperties": false,
            "properties": {
                "a": {"type": "integer", "minimum": 5},
                "name": {"type": "string", "pattern": "^x", "minLength": 3},
                "mode": {"enum": ["a", "b"]},
                "list": {"type": "array", "items": {"type": "string"}, "maxItems": 1},
                "obj": {"type": "object", "properties": {"n": {"type": "number", "maximum": 3}}, "required": ["q"]},
                "port": {"type": ["integer", "string"]},
                "c": {"const": 3}
            }
        });
        let values = json!({"name": "ab", "mode": "c", "extra": 1, "list": [1, 2],
                            "obj": {"n": 5}, "c": 4, "a": "x"});
        let want = "\
- at '': missing property 'port'
- at '/a': got string, want integer
- at '/c': value must be 3
- at '/list': validation failed
  - at '/list': maxItems: got 2, want 1
  - at '/list/0': got number, want string
  - at '/list/1': got number, want string
- at '/mode': value must be one of 'a', 'b'
- at '/name': validation failed
  - at '/name': minLength: got 2, want 3
  - at '/name': 'ab' does not match pattern '^x'
- at '/obj': validation failed
  - at '/obj': missing property 'q'
  - at '/obj/n': maximum: got 5, want 3
- at '': additional properties 'extra' not allowed
";
        assert_eq!(check(schema, values).unwrap_err(), want);
    }

    #[test]
    fn combinators_refs_and_drafts() {
        let schema = json!({
            "properties": {
                "e": {"$ref": "#/definitions/pos"},
                "f": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                "g": {"oneOf": [{"type": "number"}, {"type": "integer"}]},
                "h": {"not": {"type": "string"}},
                "i": {"allOf": [{"minimum": 3}, {"maximum": 1}]},
                "p": {"prefixItems": [{"type": "string"}], "items": {"type": "string"}}
            },
            "definitions": {"pos": {"type": "integer", "minimum": 0}}
        });
        let values = json!({"e": -1, "f": true, "g": 3, "h": "x", "i": 2, "p": ["x", 1]});
        let want = "\
- at '/e': minimum: got -1, want 0
- at '/f': 'anyOf' failed
  - at '/f': got boolean, want string
  - at '/f': got boolean, want integer
- at '/g': 'oneOf' failed, subschemas 0, 1 matched
- at '/h': 'not' failed
- at '/i': 'allOf' failed
  - at '/i': minimum: got 2, want 3
  - at '/i': maximum: got 2, want 1
- at '/p/0': got number, want string
";
        assert_eq!(check(schema, values).unwrap_err(), want);
        let d7 = json!({"$schema": "http://json-schema.org/draft-07/schema#",
            "properties": {"a": {"format": "email"}, "t": {"items": [{"type": "string"}], "additionalItems": false}},
            "propertyNames": {"maxLength": 3}});
        let want = "\
- at '/a': 'bad' is not valid email: missing @
- at '/t': last 2 additionalItem(s) not allowed
- at '': invalid propertyName 'long'
  - at '': maxLength: got 4, want 3
";
        assert_eq!(
            check(d7, json!({"a": "bad", "t": ["x", 1, 2], "long": 1})).unwrap_err(),
            want
        );
        assert!(check(json!({"type": "object"}), json!({"a": 1})).is_ok());
        assert!(check(
            json!({"properties": {"a": {"$ref": "urn:x:y"}}}),
            json!({"a": 1})
        )
        .is_ok());
        assert!(check(
            json!({"properties": {"a": {"$ref": "https://example.com/s.json"}}}),
            json!({"a": 1})
        )
        .unwrap_err()
        .contains("cannot resolve $ref https://example.com/s.json"));
        assert_eq!(
            validate_against_single_schema(&json!({}), b"{\"type\": ").unwrap_err(),
            "unexpected EOF"
        );
        assert!(check(
            json!({"properties": {"j": {"multipleOf": 0.1}}}),
            json!({"j": 0.3})
        )
        .is_ok());
    }
}
