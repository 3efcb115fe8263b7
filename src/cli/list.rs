//! `rhelm list` with Helm 4's flags.

use clap::Args;

use super::{out, parse_format, warn_broken, Ctx};
use crate::action::list::{self, ListOptions, StateFlags};
use crate::output::{self, Format};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// list releases across all namespaces
    #[arg(short = 'A', long = "all-namespaces")]
    all_namespaces: bool,
    /// sort by release date
    #[arg(short = 'd', long = "date")]
    date: bool,
    /// show deployed releases
    #[arg(long)]
    deployed: bool,
    /// show failed releases
    #[arg(long)]
    failed: bool,
    /// a regular expression (Perl compatible). Any releases that match the expression will be included in the results
    #[arg(short = 'f', long)]
    filter: Option<String>,
    /// maximum number of releases to fetch
    #[arg(
        short = 'm',
        long = "max",
        default_value_t = 256,
        allow_negative_numbers = true,
        value_name = "int",
        value_parser = super::cobra::go_int
    )]
    max: i64,
    /// don't print headers when using the default output format
    #[arg(long = "no-headers")]
    no_headers: bool,
    /// next release index in the list, used to offset from start value
    #[arg(long, default_value_t = 0, allow_negative_numbers = true, value_name = "int", value_parser = super::cobra::go_int)]
    offset: i64,
    /// prints the output in the specified format. Allowed values: table, json, yaml
    #[arg(short = 'o', long = "output", default_value = "table", value_name = "format", value_parser = parse_format)]
    output: Format,
    /// show pending releases
    #[arg(long)]
    pending: bool,
    /// reverse the sort order
    #[arg(short = 'r', long)]
    reverse: bool,
    /// Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)
    #[arg(short = 'l', long)]
    selector: Option<String>,
    /// output short (quiet) listing format
    #[arg(short = 'q', long)]
    short: bool,
    /// show superseded releases
    #[arg(long)]
    superseded: bool,
    /// format time using golang time formatter. Example: --time-format "2006-01-02 15:04:05Z0700"
    #[arg(long = "time-format")]
    time_format: Option<String>,
    /// show uninstalled releases (if 'helm uninstall --keep-history' was used)
    #[arg(long)]
    uninstalled: bool,
    /// show releases that are currently being uninstalled
    #[arg(long)]
    uninstalling: bool,
    #[arg(hide = true)]
    extra: Vec<String>,
}

pub async fn run(ctx: &Ctx, a: ListArgs) -> anyhow::Result<()> {
    if !a.extra.is_empty() {
        anyhow::bail!("\"rhelm list\" accepts no arguments\n\nUsage:  rhelm list [flags]");
    }
    if let Some(f) = a.filter.as_deref().filter(|f| !f.is_empty()) {
        if let Err(e) = regex::Regex::new(f) {
            anyhow::bail!("{}", go_regexp_error(f, &e));
        }
    }
    let storage = ctx.storage(a.all_namespaces).await?;
    let opts = ListOptions {
        states: StateFlags {
            deployed: a.deployed,
            failed: a.failed,
            uninstalled: a.uninstalled,
            uninstalling: a.uninstalling,
            superseded: a.superseded,
            pending: a.pending,
        },
        filter: a.filter,
        selector: a.selector,
        by_date: a.date,
        reverse: a.reverse,
        limit: a.max,
        offset: a.offset,
        time_format: a.time_format,
    };
    let res = list::run(&storage, &opts).await?;
    warn_broken(&res.broken);
    let layout = output::rows::ListLayout {
        format: a.output,
        short: a.short,
        no_headers: a.no_headers,
        color: ctx.color(),
    };
    let bytes = output::rows::list(&res.value, layout)?;
    out(&bytes)
}

/// Go's `regexp.Compile` error for a pattern Rust's regex rejects, on one line
/// (`error parsing regexp: missing closing ]: `[a``).
fn go_regexp_error(pattern: &str, e: &regex::Error) -> String {
    use regex_syntax::ast::ErrorKind as K;
    let whole = |code: &str| format!("error parsing regexp: {code}: `{pattern}`");
    let err = match regex_syntax::Parser::new().parse(pattern) {
        Err(regex_syntax::Error::Parse(err)) => err,
        Err(regex_syntax::Error::Translate(t)) => {
            // Unknown Unicode classes and the like: Go calls them bad class ranges.
            let sp = t.span();
            let piece = pattern
                .get(sp.start.offset..sp.end.offset)
                .unwrap_or(pattern);
            return format!("error parsing regexp: invalid character class range: `{piece}`");
        }
        _ => {
            // Valid syntax, rejected later (too large): Rust's reason, on one line.
            let reason = e.to_string();
            let last = reason
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            return whole(last.trim().trim_start_matches("error: "));
        }
    };
    let span = err.span();
    let from = |start: usize| &pattern[start.min(pattern.len())..];
    let mut piece =
        &pattern[span.start.offset.min(pattern.len())..span.end.offset.min(pattern.len())];
    if piece.is_empty() {
        // A zero-width span points at the character Go names.
        piece = from(span.start.offset).chars().next().map_or("", |c| {
            &pattern[span.start.offset..span.start.offset + c.len_utf8()]
        });
    }
    let end = (span.start.offset + piece.len()).min(pattern.len());
    // Go names a bad escape from its backslash (`\x{z`), a bad flag from its group (`(?z`).
    let head = |marker: &str| {
        let start = pattern[..span.start.offset.min(pattern.len()) + usize::from(marker == "\\")]
            .rfind(marker)
            .unwrap_or(span.start.offset);
        &pattern[start.min(end)..end]
    };
    // Go names a bad group name with the group's opening: `(?P<>`.
    let group_head = || {
        let start = pattern[..span.start.offset.min(pattern.len())]
            .rfind("(?")
            .unwrap_or(0);
        let end = pattern[start..]
            .find('>')
            .map_or(pattern.len(), |i| start + i + 1);
        &pattern[start..end]
    };
    let (code, expr) = match err.kind() {
        K::ClassUnclosed => ("missing closing ]", from(span.start.offset)),
        K::GroupUnclosed => ("missing closing )", pattern),
        K::GroupUnopened => ("unexpected )", pattern),
        K::RepetitionMissing => ("missing argument to repetition operator", piece),
        K::RepetitionCountInvalid | K::RepetitionCountUnclosed | K::RepetitionCountDecimalEmpty => {
            ("invalid repeat count", piece)
        }
        K::ClassRangeInvalid | K::ClassRangeLiteral => ("invalid character class range", piece),
        K::EscapeUnexpectedEof => ("trailing backslash at end of expression", ""),
        K::EscapeUnrecognized
        | K::EscapeHexEmpty
        | K::EscapeHexInvalid
        | K::EscapeHexInvalidDigit
        | K::ClassEscapeInvalid
        | K::UnsupportedBackreference => ("invalid escape sequence", head("\\")),
        K::GroupNameEmpty
        | K::GroupNameInvalid
        | K::GroupNameUnexpectedEof
        | K::GroupNameDuplicate { .. } => ("invalid named capture", group_head()),
        K::UnsupportedLookAround => ("invalid or unsupported Perl syntax", piece),
        K::FlagUnrecognized | K::FlagUnexpectedEof => {
            ("invalid or unsupported Perl syntax", head("(?"))
        }
        K::UnicodeClassInvalid => ("invalid character class range", piece),
        K::NestLimitExceeded(_) => ("expression nests too deeply", pattern),
        _ => return whole(&err.kind().to_string()),
    };
    format!("error parsing regexp: {code}: `{expr}`")
}

#[cfg(test)]
mod tests {
    use super::go_regexp_error;

    fn err(p: &str) -> String {
        go_regexp_error(p, &regex::Regex::new(p).unwrap_err())
    }

    #[test]
    fn regexp_errors_read_as_go_s() {
        assert_eq!(err("a[b"), "error parsing regexp: missing closing ]: `[b`");
        assert_eq!(err("(a"), "error parsing regexp: missing closing ): `(a`");
        assert_eq!(err("a)"), "error parsing regexp: unexpected ): `a)`");
        assert_eq!(
            err("*a"),
            "error parsing regexp: missing argument to repetition operator: `*`"
        );
        assert_eq!(
            err("[z-a]"),
            "error parsing regexp: invalid character class range: `z-a`"
        );
        assert_eq!(
            err("(?P<>a)"),
            "error parsing regexp: invalid named capture: `(?P<>`"
        );
        assert_eq!(
            err("\\pX"),
            "error parsing regexp: invalid character class range: `\\pX`"
        );
        assert!(!err("x{2,1}").contains('\n'));
    }
}
