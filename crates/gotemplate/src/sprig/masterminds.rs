//! Semantic versions and constraints with the rules of Masterminds/semver v3.4 (what Helm and
//! Sprig use): lenient versions (`v` prefix, missing minor/patch, leading zeros), and the
//! constraint grammar with `||`, comma or space separated AND groups, hyphen ranges, `x`/`*`
//! wildcards, `~`, `^`, `!=`, and the rule that a prerelease in any comparator of an AND group
//! lets prereleases match that whole group.

use std::cmp::Ordering;
use std::fmt;
use std::sync::OnceLock;

use regex_lite::Regex;

/// Masterminds' error texts, which Sprig returns unchanged.
pub const ERR_INVALID_SEMVER: &str = "invalid semantic version";
const ERR_INVALID_PRERELEASE: &str = "invalid prerelease string";
const ERR_INVALID_METADATA: &str = "invalid metadata string";
const ERR_SEGMENT_STARTS_ZERO: &str = "version segment starts with 0";

/// A parsed version (`*semver.Version`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    /// The major number.
    pub major: u64,
    /// The minor number (0 when absent).
    pub minor: u64,
    /// The patch number (0 when absent).
    pub patch: u64,
    /// The prerelease, without its `-`.
    pub pre: String,
    /// The build metadata, without its `+`.
    pub metadata: String,
    /// The text the version was parsed from (what `Original()` returns).
    pub original: String,
}

const ALLOWED: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789";

fn only_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

fn only_allowed(s: &str) -> bool {
    s.chars().all(|c| ALLOWED.contains(c))
}

fn validate_prerelease(p: &str) -> Result<(), String> {
    for part in p.split('.') {
        if part.is_empty() {
            return Err(ERR_INVALID_PRERELEASE.into());
        } else if only_digits(part) {
            if part.len() > 1 && part.starts_with('0') {
                return Err(ERR_SEGMENT_STARTS_ZERO.into());
            }
        } else if !only_allowed(part) {
            return Err(ERR_INVALID_PRERELEASE.into());
        }
    }
    Ok(())
}

fn validate_metadata(m: &str) -> Result<(), String> {
    for part in m.split('.') {
        if part.is_empty() || !only_allowed(part) {
            return Err(ERR_INVALID_METADATA.into());
        }
    }
    Ok(())
}

/// Go's `strconv.ParseUint(s, 10, 64)` error, as Masterminds wraps it.
fn parse_segment(s: &str) -> Result<u64, String> {
    s.parse::<u64>().map_err(|_| {
        format!(
            "error parsing version segment: strconv.ParseUint: parsing {s:?}: value out of range"
        )
    })
}

fn loose_version_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?$",
        )
        .expect("valid regex")
    })
}

/// The groups of the loose version pattern (major, `.minor`, `.patch`, prerelease, metadata)
/// for the common spelling `[v]N[.N[.N]][-pre][+meta]`, read without the regex (whose first use
/// compiles it, a good part of a small chart's `template`); `None` for anything else.
fn plain_version_groups(v: &str) -> Option<[&str; 5]> {
    version_groups(v, false)
}

/// [`plain_version_groups`], where with `wildcards` a major, minor or patch may also be `x`,
/// `X` or `*` (as constraints write them: `8.4.*`).
fn version_groups(v: &str, wildcards: bool) -> Option<[&str; 5]> {
    let s = v.strip_prefix('v').unwrap_or(v);
    let digits = |s: &str| match s.bytes().next() {
        Some(b'x' | b'X' | b'*') if wildcards => 1,
        _ => s.bytes().take_while(u8::is_ascii_digit).count(),
    };
    let major_len = digits(s);
    let (major, mut rest) = s.split_at(major_len);
    let mut dotted = ["", ""];
    for part in &mut dotted {
        // `.minor` and `.patch` are optional, as in the pattern.
        let Some(after_dot) = rest.strip_prefix('.') else {
            break;
        };
        let n = digits(after_dot);
        if n == 0 {
            return None;
        }
        (*part, rest) = rest.split_at(n + 1);
    }
    let (rest, metadata) = match rest.split_once('+') {
        Some((r, m)) => (r, Some(m)),
        None => (rest, None),
    };
    let pre = match rest {
        "" => None,
        r => Some(r.strip_prefix('-')?),
    };
    let identifiers = |s: &str| {
        s.split('.')
            .all(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    };
    if major.is_empty() || !pre.is_none_or(identifiers) || !metadata.is_none_or(identifiers) {
        return None;
    }
    Some([
        major,
        dotted[0],
        dotted[1],
        pre.unwrap_or(""),
        metadata.unwrap_or(""),
    ])
}

impl Version {
    /// `semver.NewVersion` with v3.4's default coercion.
    pub fn parse(v: &str) -> Result<Version, String> {
        let groups = match plain_version_groups(v) {
            Some(g) => g,
            None => {
                let m = loose_version_regex()
                    .captures(v)
                    .ok_or_else(|| ERR_INVALID_SEMVER.to_string())?;
                let get = |i: usize| m.get(i).map_or("", |x| x.as_str());
                [get(1), get(2), get(3), get(5), get(8)]
            }
        };
        Self::from_groups(v, groups)
    }

    /// The version `v` from its groups of the loose pattern (major, `.minor`, `.patch`,
    /// prerelease, metadata).
    fn from_groups(v: &str, groups: [&str; 5]) -> Result<Version, String> {
        let major = parse_segment(groups[0])?;
        let minor = match groups[1] {
            "" => 0,
            s => parse_segment(&s[1..])?,
        };
        let patch = match groups[2] {
            "" => 0,
            s => parse_segment(&s[1..])?,
        };
        let pre = groups[3].to_string();
        let metadata = groups[4].to_string();
        if !pre.is_empty() {
            validate_prerelease(&pre)?;
        }
        if !metadata.is_empty() {
            validate_metadata(&metadata)?;
        }
        Ok(Version {
            major,
            minor,
            patch,
            pre,
            metadata,
            original: v.to_string(),
        })
    }

    /// `semver.StrictNewVersion`: exactly `X.Y.Z[-pre][+meta]`, no leading zeros or `v`.
    pub fn parse_strict(v: &str) -> Result<Version, String> {
        if v.is_empty() {
            return Err("version string empty".into());
        }
        let mut parts: Vec<String> = v.splitn(3, '.').map(str::to_string).collect();
        if parts.len() != 3 {
            return Err(ERR_INVALID_SEMVER.into());
        }
        let mut metadata = String::new();
        let mut pre = String::new();
        if let Some((p, m)) = parts[2].clone().split_once('+') {
            metadata = m.to_string();
            parts[2] = p.to_string();
            validate_metadata(&metadata)?;
        }
        if let Some((p, r)) = parts[2].clone().split_once('-') {
            pre = r.to_string();
            parts[2] = p.to_string();
            validate_prerelease(&pre)?;
        }
        for p in &parts {
            if !only_digits(p) {
                return Err("invalid characters in version".into());
            }
            if p.len() > 1 && p.starts_with('0') {
                return Err(ERR_SEGMENT_STARTS_ZERO.into());
            }
        }
        Ok(Version {
            major: parse_segment(&parts[0])?,
            minor: parse_segment(&parts[1])?,
            patch: parse_segment(&parts[2])?,
            pre,
            metadata,
            original: v.to_string(),
        })
    }

    /// A version from its parts (`semver.New`); the original text is built from them.
    pub fn new(major: u64, minor: u64, patch: u64, pre: &str, metadata: &str) -> Version {
        let mut v = Version {
            major,
            minor,
            patch,
            pre: pre.to_string(),
            metadata: metadata.to_string(),
            original: String::new(),
        };
        v.original = v.to_string();
        v
    }

    fn v_prefix(&self) -> &'static str {
        if self.original.starts_with('v') {
            "v"
        } else {
            ""
        }
    }

    fn with_original(mut self, prefix: &str) -> Version {
        self.original = format!("{prefix}{self}");
        self
    }

    /// `IncPatch`: the next patch version, or the same version without its prerelease if it has one.
    pub fn inc_patch(&self) -> Version {
        let mut n = self.clone();
        if self.pre.is_empty() {
            n.patch += 1;
        }
        n.pre.clear();
        n.metadata.clear();
        n.with_original(self.v_prefix())
    }

    /// `IncMinor`: the next minor version (patch 0, no prerelease or metadata).
    pub fn inc_minor(&self) -> Version {
        let mut n = self.clone();
        n.pre.clear();
        n.metadata.clear();
        n.patch = 0;
        n.minor += 1;
        n.with_original(self.v_prefix())
    }

    /// `IncMajor`: the next major version (minor and patch 0, no prerelease or metadata).
    pub fn inc_major(&self) -> Version {
        let mut n = self.clone();
        n.pre.clear();
        n.metadata.clear();
        n.patch = 0;
        n.minor = 0;
        n.major += 1;
        n.with_original(self.v_prefix())
    }

    /// `SetPrerelease`: this version with prerelease `pre`, or Masterminds' error text.
    pub fn set_prerelease(&self, pre: &str) -> Result<Version, String> {
        if !pre.is_empty() {
            validate_prerelease(pre)?;
        }
        let mut n = self.clone();
        n.pre = pre.to_string();
        Ok(n.with_original(self.v_prefix()))
    }

    /// `SetMetadata`: this version with build metadata `meta`, or Masterminds' error text.
    pub fn set_metadata(&self, meta: &str) -> Result<Version, String> {
        if !meta.is_empty() {
            validate_metadata(meta)?;
        }
        let mut n = self.clone();
        n.metadata = meta.to_string();
        Ok(n.with_original(self.v_prefix()))
    }

    /// Precedence: metadata is ignored; a prerelease sorts before its release.
    pub fn compare(&self, o: &Version) -> Ordering {
        self.major
            .cmp(&o.major)
            .then(self.minor.cmp(&o.minor))
            .then(self.patch.cmp(&o.patch))
            .then_with(|| match (self.pre.is_empty(), o.pre.is_empty()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => compare_prerelease(&self.pre, &o.pre),
            })
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if !self.pre.is_empty() {
            write!(f, "-{}", self.pre)?;
        }
        if !self.metadata.is_empty() {
            write!(f, "+{}", self.metadata)?;
        }
        Ok(())
    }
}

fn compare_prerelease(a: &str, b: &str) -> Ordering {
    let ap: Vec<&str> = a.split('.').collect();
    let bp: Vec<&str> = b.split('.').collect();
    for i in 0..ap.len().max(bp.len()) {
        let x = ap.get(i).copied().unwrap_or("");
        let y = bp.get(i).copied().unwrap_or("");
        let d = compare_pre_part(x, y);
        if d != Ordering::Equal {
            return d;
        }
    }
    Ordering::Equal
}

fn compare_pre_part(s: &str, o: &str) -> Ordering {
    if s == o {
        return Ordering::Equal;
    }
    if s.is_empty() {
        return Ordering::Less;
    }
    if o.is_empty() {
        return Ordering::Greater;
    }
    match (s.parse::<u64>(), o.parse::<u64>()) {
        (Err(_), Err(_)) => {
            if s > o {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
        // A numeric identifier sorts before an alphanumeric one.
        (Ok(_), Err(_)) => Ordering::Less,
        (Err(_), Ok(_)) => Ordering::Greater,
        (Ok(a), Ok(b)) => {
            if a > b {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    TildeOrEqual,
    NotEqual,
    Greater,
    Less,
    GreaterEqual,
    LessEqual,
    Tilde,
    Caret,
}

#[derive(Clone, Debug)]
struct Comparator {
    op: Op,
    con: Version,
    minor_dirty: bool,
    patch_dirty: bool,
    dirty: bool,
}

/// A parsed constraint (`*semver.Constraints`).
#[derive(Clone, Debug)]
pub struct Constraints {
    groups: Vec<Vec<Comparator>>,
    contains_pre: Vec<bool>,
}

const OPS: &str = r"=||!=|>|<|>=|=>|<=|=<|~|~>|\^";
const CV: &str = r"v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?";

struct Regexes {
    constraint: Regex,
    range: Regex,
    find: Regex,
    valid: Regex,
}

fn regexes() -> &'static Regexes {
    static RE: OnceLock<Regexes> = OnceLock::new();
    RE.get_or_init(|| Regexes {
        constraint: Regex::new(&format!(r"^\s*({OPS})\s*({CV})\s*$")).expect("valid regex"),
        range: Regex::new(&format!(r"\s*({CV})\s+-\s+({CV})\s*")).expect("valid regex"),
        find: Regex::new(&format!(r"({OPS})\s*({CV})")).expect("valid regex"),
        valid: Regex::new(&format!(
            r"^(\s*({OPS})\s*({CV})\s*)((?:\s+|,\s*)({OPS})\s*({CV})\s*)*$"
        ))
        .expect("valid regex"),
    })
}

fn is_x(s: &str) -> bool {
    matches!(s, "x" | "X" | "*")
}

/// Rewrites hyphen ranges `A - B` to `>= A, <= B `.
fn rewrite_range(s: &str) -> String {
    let re = &regexes().range;
    let mut out = s.to_string();
    for caps in re.captures_iter(s) {
        let whole = caps.get(0).map_or("", |m| m.as_str());
        let a = caps.get(1).map_or("", |m| m.as_str());
        let b = caps.get(11).map_or("", |m| m.as_str());
        out = out.replacen(whole, &format!(">= {a}, <= {b} "), 1);
    }
    out
}

fn parse_comparator(c: &str) -> Result<Comparator, String> {
    if c.is_empty() {
        return Ok(Comparator {
            op: Op::TildeOrEqual,
            con: Version::new(0, 0, 0, "", ""),
            minor_dirty: false,
            patch_dirty: false,
            dirty: true,
        });
    }
    let m = regexes()
        .constraint
        .captures(c)
        .ok_or_else(|| format!("improper constraint: {c}"))?;
    let get = |i: usize| m.get(i).map_or("", |x| x.as_str());
    // The pattern admits only the operators `op_of` knows; `^` is the last of them.
    let op = op_of(get(1)).unwrap_or(Op::Caret);
    comparator(op, get(2), [get(3), get(4), get(5)], get(6))
}

/// Masterminds' comparator of `op` and `version`, given the version's parts as its pattern
/// groups them (`major`, `.minor`, `.patch`, `-pre`): the first part that is missing or a
/// wildcard, and those after it, become 0 and mark the comparator dirty (the metadata is
/// dropped then).
fn comparator(
    op: Op,
    version: &str,
    [major, minor, patch]: [&str; 3],
    pre: &str,
) -> Result<Comparator, String> {
    let loose = |part: &str| part.is_empty() || is_x(part.trim_start_matches('.'));
    let (mut minor_dirty, mut patch_dirty, mut dirty) = (false, false, false);
    let con = if loose(major) {
        dirty = true;
        Version::parse(&format!("0.0.0{pre}"))
    } else if loose(minor) {
        minor_dirty = true;
        dirty = true;
        Version::parse(&format!("{major}.0.0{pre}"))
    } else if loose(patch) {
        dirty = true;
        patch_dirty = true;
        Version::parse(&format!("{major}{minor}.0{pre}"))
    } else {
        Version::parse(version)
    };
    Ok(Comparator {
        op,
        con: con.map_err(|_| "constraint parser error".to_string())?,
        minor_dirty,
        patch_dirty,
        dirty,
    })
}

/// The comparison a constraint's operator names (`""` and `=` are equality).
fn op_of(op: &str) -> Option<Op> {
    Some(match op {
        "" | "=" => Op::TildeOrEqual,
        "!=" => Op::NotEqual,
        ">" => Op::Greater,
        "<" => Op::Less,
        ">=" | "=>" => Op::GreaterEqual,
        "<=" | "=<" => Op::LessEqual,
        "~" | "~>" => Op::Tilde,
        "^" => Op::Caret,
        _ => return None,
    })
}

/// A constraint that is one comparator, an operator and a plain version, spaces around them
/// and wildcards in it but no ranges or alternatives (`>=1.21.0-0`, `>= 1.19-0`, `^2.0.0`,
/// `8.4.*`, as `kubeVersion`, dependency versions and `semverCompare` arguments are mostly
/// written), read without the regexes; `None` otherwise.
fn single_comparator(c: &str) -> Option<Comparator> {
    let c = c.trim_matches(' ');
    let op_len = c.bytes().take_while(|b| b"<>=!~^".contains(b)).count();
    let (op, version) = c.split_at(op_len);
    let op = op_of(op)?;
    let version = version.trim_start_matches(' ');
    let [major, minor, patch, pre, _] = version_groups(version, true)?;
    let pre = if pre.is_empty() {
        String::new()
    } else {
        format!("-{pre}")
    };
    comparator(op, version, [major, minor, patch], &pre).ok()
}

impl Constraints {
    /// `semver.NewConstraint`.
    pub fn parse(c: &str) -> Result<Constraints, String> {
        if let Some(one) = single_comparator(c) {
            return Ok(Constraints {
                contains_pre: vec![!one.con.pre.is_empty()],
                groups: vec![vec![one]],
            });
        }
        Self::parse_with_regexes(c)
    }

    /// [`Constraints::parse`] for any constraint, the way Masterminds reads it.
    fn parse_with_regexes(c: &str) -> Result<Constraints, String> {
        let c = rewrite_range(c);
        let re = regexes();
        let mut groups = Vec::new();
        let mut contains_pre = Vec::new();
        for or in c.split("||") {
            if !re.valid.is_match(or) {
                return Err(format!("improper constraint: {or}"));
            }
            let mut found: Vec<&str> = re.find.find_iter(or).map(|m| m.as_str()).collect();
            if found.is_empty() {
                found.push(or);
            }
            let mut group = Vec::new();
            let mut has_pre = false;
            for s in found {
                let pc = parse_comparator(s)?;
                if !pc.con.pre.is_empty() {
                    has_pre = true;
                }
                group.push(pc);
            }
            groups.push(group);
            contains_pre.push(has_pre);
        }
        Ok(Constraints {
            groups,
            contains_pre,
        })
    }

    /// `Constraints.Check`.
    pub fn check(&self, v: &Version) -> bool {
        self.groups
            .iter()
            .zip(&self.contains_pre)
            .any(|(group, &pre)| group.iter().all(|c| c.check(v, pre)))
    }
}

impl Comparator {
    fn check(&self, v: &Version, include_pre: bool) -> bool {
        if !v.pre.is_empty() && !include_pre {
            return false;
        }
        let c = &self.con;
        match self.op {
            Op::NotEqual => {
                if self.dirty {
                    if c.major != v.major {
                        return true;
                    }
                    if c.minor != v.minor && !self.minor_dirty {
                        return true;
                    } else if self.minor_dirty {
                        return false;
                    } else if c.patch != v.patch && !self.patch_dirty {
                        return true;
                    } else if self.patch_dirty {
                        if !v.pre.is_empty() || !c.pre.is_empty() {
                            return compare_prerelease(&v.pre, &c.pre) != Ordering::Equal;
                        }
                        return false;
                    }
                }
                v.compare(c) != Ordering::Equal
            }
            Op::Greater => {
                if !self.dirty {
                    return v.compare(c) == Ordering::Greater;
                }
                if v.major > c.major {
                    true
                } else if v.major < c.major || self.minor_dirty {
                    false
                } else if self.patch_dirty {
                    v.minor > c.minor
                } else {
                    v.compare(c) == Ordering::Greater
                }
            }
            Op::Less => v.compare(c) == Ordering::Less,
            Op::GreaterEqual => v.compare(c) != Ordering::Less,
            Op::LessEqual => {
                if !self.dirty {
                    return v.compare(c) != Ordering::Greater;
                }
                !(v.major > c.major
                    || (v.major == c.major && v.minor > c.minor && !self.minor_dirty))
            }
            Op::Tilde => self.tilde(v),
            Op::TildeOrEqual => {
                if self.dirty {
                    self.tilde(v)
                } else {
                    v.compare(c) == Ordering::Equal
                }
            }
            Op::Caret => {
                if v.compare(c) == Ordering::Less {
                    return false;
                }
                if c.major > 0 || self.minor_dirty {
                    return v.major == c.major;
                }
                if v.major > 0 {
                    return false;
                }
                if c.minor > 0 || self.patch_dirty {
                    return v.minor == c.minor;
                }
                if v.minor > 0 {
                    return false;
                }
                c.patch == v.patch
            }
        }
    }

    fn tilde(&self, v: &Version) -> bool {
        let c = &self.con;
        if v.compare(c) == Ordering::Less {
            return false;
        }
        if c.major == 0 && c.minor == 0 && c.patch == 0 && !self.minor_dirty && !self.patch_dirty {
            return true;
        }
        if v.major != c.major {
            return false;
        }
        v.minor == c.minor || self.minor_dirty
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The direct readers of plain versions and single comparators against the regexes, on
    /// spellings around the plain form (prefixes, wildcards, missing parts, bad identifiers).
    #[test]
    fn plain_forms_read_as_the_regexes_read_them() {
        let versions = [
            "1.2.3",
            "v1.2.3",
            "01.2.3",
            "1.2.3-0",
            "1.2.3-beta.1+b5",
            "1.2.3+meta",
            "1.2.3-",
            "1.2.3+",
            "1.2.3-a..b",
            "1.2.3-a_b",
            "1.2",
            "1",
            "v",
            "",
            "1.2.3.4",
            "1.2.x",
            "1.2.3-rc-1",
            "vv1.2.3",
            "1.2.3 ",
            " 1.2.3",
            "1.2.3-01",
            "99999999999999999999.0.0",
            "1.19-0",
            "v1.19-0",
            "1.19-0+meta",
            "1.19+meta",
            "1-0",
            "1+meta",
            "01.19-0",
            "1.019",
            "1.19-rc.1",
            "1.-0",
            "1..2",
            "1.2.",
            "1.2.3.",
            "1.2-",
            "1.x-0",
            "99999999999999999999.1",
            "8.4.*",
            "1.42.*",
            "1.x",
            "1.X.3",
            "*",
            "x.2.3",
            "*-0",
            "1.2.*-rc.1+meta",
            "1.*.*",
            "1.xx",
            "1.2*",
            "1.*2",
            "v*",
            "1.2.x.4",
        ];
        let ops = [
            "", "=", "!=", ">", "<", ">=", "=>", "<=", "=<", "~", "~>", "^", "><", "==",
        ];
        for v in versions {
            let regex = loose_version_regex().captures(v).map(|m| {
                let get = |i: usize| m.get(i).map_or("", |x| x.as_str()).to_string();
                [get(1), get(2), get(3), get(5), get(8)]
            });
            if let Some(plain) = plain_version_groups(v) {
                assert_eq!(Some(plain.map(str::to_string)), regex, "groups of {v:?}");
            }
            for op in ops {
                for c in [
                    format!("{op}{v}"),
                    format!("{op} {v}"),
                    format!(" {op}  {v} "),
                    format!("{op}\t{v}"),
                ] {
                    let fast = format!("{:?}", Constraints::parse(&c));
                    let slow = format!("{:?}", Constraints::parse_with_regexes(&c));
                    assert_eq!(fast, slow, "constraint {c:?}");
                }
            }
        }
        assert!(single_comparator(">=1.21.0-0").is_some());
        assert!(single_comparator(">= 1.19-0").is_some());
        assert!(single_comparator("<v3.7").is_some());
        assert!(single_comparator(">=v1.23.0-0").is_some());
        assert!(single_comparator("8.4.*").is_some());
        assert!(single_comparator("~1.x").is_some());
        assert!(plain_version_groups("1.2.3-beta.1+b5").is_some());
    }

    fn check(c: &str, v: &str) -> bool {
        Constraints::parse(c)
            .unwrap()
            .check(&Version::parse(v).unwrap())
    }

    #[test]
    fn lenient_versions() {
        let v = Version::parse("v1.2").unwrap();
        assert_eq!((v.major, v.minor, v.patch), (1, 2, 0));
        assert_eq!(v.to_string(), "1.2.0");
        assert_eq!(v.original, "v1.2");
        assert_eq!(Version::parse("01.02.03").unwrap().to_string(), "1.2.3");
        assert_eq!(Version::parse("1.2.3.4").unwrap_err(), ERR_INVALID_SEMVER);
        assert_eq!(Version::parse("bogus").unwrap_err(), ERR_INVALID_SEMVER);
        assert_eq!(
            Version::parse("1.2.3-01").unwrap_err(),
            "version segment starts with 0"
        );
        let v = Version::parse("1.29.3-gke.1000+abc").unwrap();
        assert_eq!(v.pre, "gke.1000");
        assert_eq!(v.metadata, "abc");
    }

    #[test]
    fn strict_versions() {
        assert!(Version::parse_strict("1.2.3").is_ok());
        assert!(Version::parse_strict("1.2").is_err());
        assert!(Version::parse_strict("v1.2.3").is_err());
        assert!(Version::parse_strict("01.2.3").is_err());
    }

    #[test]
    fn prerelease_ordering() {
        let cmp = |a: &str, b: &str| {
            Version::parse(a)
                .unwrap()
                .compare(&Version::parse(b).unwrap())
        };
        assert_eq!(cmp("1.0.0-beta.2", "1.0.0-beta.11"), Ordering::Less);
        assert_eq!(cmp("1.0.0-alpha", "1.0.0-alpha.1"), Ordering::Less);
        assert_eq!(cmp("1.0.0-1", "1.0.0-alpha"), Ordering::Less);
        assert_eq!(cmp("1.0.0", "1.0.0-rc.1"), Ordering::Greater);
        assert_eq!(cmp("1.0.0+a", "1.0.0+b"), Ordering::Equal);
    }

    #[test]
    fn helm_cases() {
        // From helm 4.1.4 output.
        let cases = [
            ("~1", "1.9.9", true),
            ("~>1.2", "1.2.5", true),
            ("1.x", "1.5.0", true),
            ("1.x", "2.0.0", false),
            ("1.2.*", "1.2.7", true),
            ("*", "9.9.9", true),
            (">=1.0.0 <2.0.0", "1.5.0", true),
            (">=1.0.0, <2.0.0", "2.0.0", false),
            ("<1.0.0 || >=2.0.0", "2.1.0", true),
            ("<1.0.0 || >=2.0.0", "1.5.0", false),
            ("1.0.0 - 2.0.0", "1.5.0", true),
            ("1.0 - 2", "2.9.0", true),
            ("1.0.0 - 2.0.0", "2.0.1", false),
            (">=1.2.3", "1.2.4-beta", false),
            (">=1.20", "v1.21.3-gke.100", false),
            ("<1.19", "1.18.20+k3s1", true),
            ("=1.2", "1.2.0", true),
            ("1.2", "1.2.9", true),
            (">1.2", "1.2.9", false),
            (">=v1.2.3", "1.2.3", true),
            (">=1.2.3", "v1.2.3", true),
            (">=1.0.0 <=1.0.0", "1.0.0", true),
            ("~0.1.0", "0.1.5", true),
            ("^0.0", "0.0.9", true),
            ("^0", "0.9.9", true),
            (">1.x", "2.0.0", true),
            ("<=1.x", "1.9.0", true),
            ("=*", "0.0.1", true),
            ("1.2.3 || 2.x", "2.3.0", true),
            (">= 1.2.3 < 2", "1.9.0", true),
            ("x", "5.0.0", true),
            (">=1.0.0-beta.2", "1.0.0-beta.11", true),
            (">=1.0.0-beta.11", "1.0.0-beta.2", false),
            ("<=1.0.0-alpha", "1.0.0-alpha.1", false),
            ("!=1.2.3-beta", "1.2.3-beta", false),
            ("^1.x", "1.3.0", true),
            ("~1.x", "1.3.0", true),
        ];
        for (c, v, want) in cases {
            assert_eq!(check(c, v), want, "{c} / {v}");
        }
    }

    #[test]
    fn masterminds_rules() {
        // A prerelease anywhere in an AND group admits prereleases for the group.
        assert!(check(">=1.2.3-0", "1.5.0-beta"));
        assert!(check(">=1.19-0", "v1.29.3-gke.1000"));
        assert!(!check(">=1.19", "v1.29.3-gke.1000"));
        assert!(check("^0.0.3", "0.0.3"));
        assert!(!check("^0.0.3", "0.0.4"));
        assert!(!check("^0.2.3", "0.3.0"));
        assert!(check("^1.2.3", "1.9.0"));
        assert!(!check("^1.2.3", "2.0.0"));
        assert!(check("!=1.2.3", "1.2.4"));
        assert!(!check("!=1.2.x", "1.2.4"));
        assert!(check("!=1.2.x", "1.3.0"));
        assert!(check("=>1.2.0, =<1.3", "1.3.9"));
    }

    #[test]
    fn constraint_errors() {
        assert_eq!(
            Constraints::parse("bogus").unwrap_err(),
            "improper constraint: bogus"
        );
        assert_eq!(Constraints::parse("").unwrap_err(), "improper constraint: ");
        assert!(Constraints::parse(">=1.0 || ").is_err());
    }
}
