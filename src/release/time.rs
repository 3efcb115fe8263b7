//! Timestamps as Go's `time.Time` stores and prints them.
//!
//! Helm writes RFC 3339 timestamps in the writer's zone and every reader prints the stored wall-clock
//! time, so a [`GoTime`] keeps the civil fields and the UTC offset exactly as stored. The zone name
//! is resolved the way Go's `time.Parse` does it: `Z` is `UTC`; an offset equal to the local zone's
//! offset at that instant takes the local zone's abbreviation; any other offset has no name.

use std::fmt::Write as _;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Seconds from 1970-01-01 to 0001-01-01 (Go's zero time).
const ZERO_UNIX: i64 = -62_135_596_800;

/// A parsed timestamp with its stored offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoTime {
    year: i64,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    nanos: u32,
    /// Offset east of UTC in seconds.
    offset: i32,
    /// Zone abbreviation (`UTC`, the local abbreviation) or `None` for a nameless fixed zone.
    zone: Option<String>,
}

/// Error for a timestamp that is not RFC 3339.
#[derive(Debug, thiserror::Error)]
#[error("parsing time {input:?} as \"2006-01-02T15:04:05Z07:00\": {reason}")]
pub struct TimeParseError {
    input: String,
    reason: &'static str,
}

fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

const LONG_DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const LONG_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The local zone's offset and abbreviation at a Unix instant.
fn local_zone_at(unix: i64) -> Option<(i32, String)> {
    let ts = jiff::Timestamp::from_second(unix).ok()?;
    let tz = jiff::tz::TimeZone::system();
    let info = tz.to_offset_info(ts);
    Some((info.offset().seconds(), info.abbreviation().to_string()))
}

impl GoTime {
    /// Builds a time from a Unix instant shown at `offset`, naming the zone like Go does.
    pub fn from_unix(unix: i64, nanos: u32, offset: i32, utc: bool) -> GoTime {
        let local = unix + offset as i64;
        let days = local.div_euclid(86_400);
        let rem = local.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        let zone = if utc {
            Some("UTC".to_string())
        } else {
            match local_zone_at(unix) {
                Some((off, name)) if off == offset => Some(name),
                _ => None,
            }
        };
        GoTime {
            year,
            month,
            day,
            hour: (rem / 3600) as u8,
            minute: (rem / 60 % 60) as u8,
            second: (rem % 60) as u8,
            nanos,
            offset,
            zone,
        }
    }

    /// The current time in the local zone (what Go's `time.Now()` gives).
    pub fn now() -> GoTime {
        let ts = jiff::Timestamp::now();
        let offset = jiff::tz::TimeZone::system().to_offset(ts).seconds();
        GoTime::from_unix(ts.as_second(), ts.subsec_nanosecond() as u32, offset, false)
    }

    /// Parses an RFC 3339 timestamp the way Go's `time.Time.UnmarshalJSON` does.
    pub fn parse_rfc3339(s: &str) -> Result<GoTime, TimeParseError> {
        let err = |reason| TimeParseError {
            input: s.to_string(),
            reason,
        };
        let b = s.as_bytes();
        let num = |from: usize, len: usize| -> Result<i64, TimeParseError> {
            let part = b
                .get(from..from + len)
                .ok_or_else(|| err("value too short"))?;
            if !part.iter().all(u8::is_ascii_digit) {
                return Err(err("bad number"));
            }
            Ok(part.iter().fold(0i64, |a, c| a * 10 + (c - b'0') as i64))
        };
        let sep = |at: usize, c: u8| -> Result<(), TimeParseError> {
            if b.get(at) == Some(&c) {
                Ok(())
            } else {
                Err(err("bad separator"))
            }
        };
        let year = num(0, 4)?;
        sep(4, b'-')?;
        let month = num(5, 2)?;
        sep(7, b'-')?;
        let day = num(8, 2)?;
        sep(10, b'T')?;
        let hour = num(11, 2)?;
        sep(13, b':')?;
        let minute = num(14, 2)?;
        sep(16, b':')?;
        let second = num(17, 2)?;
        let mut i = 19;
        let mut nanos = 0u32;
        if b.get(i) == Some(&b'.') || b.get(i) == Some(&b',') {
            i += 1;
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return Err(err("bad fraction"));
            }
            let mut digits = 0;
            for &c in &b[start..i] {
                if digits < 9 {
                    nanos = nanos * 10 + (c - b'0') as u32;
                    digits += 1;
                }
            }
            while digits < 9 {
                nanos *= 10;
                digits += 1;
            }
        }
        if !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month as u8) as i64
            || hour > 23
            || minute > 59
            || second > 59
        {
            return Err(err("value out of range"));
        }
        let (offset, utc) = match b.get(i) {
            Some(b'Z') if i + 1 == b.len() => (0i32, true),
            Some(&c @ (b'+' | b'-')) if i + 6 == b.len() => {
                let h = num(i + 1, 2)?;
                sep(i + 3, b':')?;
                let m = num(i + 4, 2)?;
                if h > 23 || m > 59 {
                    return Err(err("time zone offset out of range"));
                }
                let off = (h * 3600 + m * 60) as i32;
                (if c == b'-' { -off } else { off }, false)
            }
            _ => return Err(err("bad time zone")),
        };
        let local = days_from_civil(year, month as u8, day as u8) * 86_400
            + hour * 3600
            + minute * 60
            + second;
        Ok(GoTime::from_unix(local - offset as i64, nanos, offset, utc))
    }

    /// The same instant in the local zone (Go's `Time.Local()`).
    pub fn to_local(&self) -> GoTime {
        let unix = self.unix();
        let offset = local_zone_at(unix).map_or(0, |z| z.0);
        GoTime::from_unix(unix, self.nanos, offset, false)
    }

    /// Seconds since the Unix epoch.
    pub fn unix(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day) * 86_400
            + self.hour as i64 * 3600
            + self.minute as i64 * 60
            + self.second as i64
            - self.offset as i64
    }

    /// Nanoseconds within the second.
    pub fn nanos(&self) -> u32 {
        self.nanos
    }

    /// Go's `IsZero`: the instant 0001-01-01T00:00:00Z.
    pub fn is_zero(&self) -> bool {
        self.unix() == ZERO_UNIX && self.nanos == 0
    }

    /// The zero time (prints as `Mon Jan  1 00:00:00 0001`).
    pub fn zero() -> GoTime {
        GoTime::from_unix(ZERO_UNIX, 0, 0, true)
    }

    fn weekday(&self) -> usize {
        (days_from_civil(self.year, self.month, self.day) + 4).rem_euclid(7) as usize
    }

    fn year_day(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day) - days_from_civil(self.year, 1, 1) + 1
    }

    /// RFC 3339 with nanoseconds, trailing zeros trimmed (Go's JSON form).
    pub fn rfc3339_nano(&self) -> String {
        self.format("2006-01-02T15:04:05.999999999Z07:00")
    }

    /// Go's `time.ANSIC` layout.
    pub fn ansic(&self) -> String {
        self.format("Mon Jan _2 15:04:05 2006")
    }

    /// Go's `Time.String()`.
    pub fn go_string(&self) -> String {
        self.format("2006-01-02 15:04:05.999999999 -0700 MST")
    }

    /// Formats with a Go layout string (`time.Time.Format`).
    pub fn format(&self, layout: &str) -> String {
        let mut out = String::new();
        let mut rest = layout;
        while !rest.is_empty() {
            let (prefix, chunk, after) = next_std_chunk(rest);
            out.push_str(prefix);
            match chunk {
                Some(c) => self.append_chunk(&mut out, c),
                None => break,
            }
            rest = after;
        }
        out
    }

    fn append_chunk(&self, out: &mut String, chunk: Std) {
        let hour12 = match self.hour % 12 {
            0 => 12,
            h => h,
        };
        match chunk {
            Std::LongMonth => out.push_str(LONG_MONTHS[self.month as usize - 1]),
            Std::Month => out.push_str(&LONG_MONTHS[self.month as usize - 1][..3]),
            Std::NumMonth => {
                let _ = write!(out, "{}", self.month);
            }
            Std::ZeroMonth => {
                let _ = write!(out, "{:02}", self.month);
            }
            Std::LongWeekDay => out.push_str(LONG_DAYS[self.weekday()]),
            Std::WeekDay => out.push_str(&LONG_DAYS[self.weekday()][..3]),
            Std::Day => {
                let _ = write!(out, "{}", self.day);
            }
            Std::UnderDay => {
                let _ = write!(out, "{:>2}", self.day);
            }
            Std::ZeroDay => {
                let _ = write!(out, "{:02}", self.day);
            }
            Std::UnderYearDay => {
                let _ = write!(out, "{:>3}", self.year_day());
            }
            Std::ZeroYearDay => {
                let _ = write!(out, "{:03}", self.year_day());
            }
            Std::Hour => {
                let _ = write!(out, "{:02}", self.hour);
            }
            Std::Hour12 => {
                let _ = write!(out, "{}", hour12);
            }
            Std::ZeroHour12 => {
                let _ = write!(out, "{:02}", hour12);
            }
            Std::Minute => {
                let _ = write!(out, "{}", self.minute);
            }
            Std::ZeroMinute => {
                let _ = write!(out, "{:02}", self.minute);
            }
            Std::Second => {
                let _ = write!(out, "{}", self.second);
            }
            Std::ZeroSecond => {
                let _ = write!(out, "{:02}", self.second);
            }
            Std::LongYear => {
                if self.year < 0 {
                    let _ = write!(out, "-{:04}", -self.year);
                } else {
                    let _ = write!(out, "{:04}", self.year);
                }
            }
            Std::Year => {
                let _ = write!(out, "{:02}", self.year.rem_euclid(100));
            }
            Std::PM => out.push_str(if self.hour >= 12 { "PM" } else { "AM" }),
            Std::Pm => out.push_str(if self.hour >= 12 { "pm" } else { "am" }),
            Std::Tz => match &self.zone {
                Some(name) if !name.is_empty() => out.push_str(name),
                _ => {
                    let z = self.offset / 60;
                    let (sign, z) = if z < 0 { ('-', -z) } else { ('+', z) };
                    let _ = write!(out, "{sign}{:02}{:02}", z / 60, z % 60);
                }
            },
            Std::Offset {
                z,
                colon,
                secs,
                mins,
            } => {
                if z && self.offset == 0 {
                    out.push('Z');
                    return;
                }
                let (sign, off) = if self.offset < 0 {
                    ('-', -self.offset)
                } else {
                    ('+', self.offset)
                };
                let _ = write!(out, "{sign}{:02}", off / 3600);
                if mins {
                    if colon {
                        out.push(':');
                    }
                    let _ = write!(out, "{:02}", off / 60 % 60);
                }
                if secs {
                    if colon {
                        out.push(':');
                    }
                    let _ = write!(out, "{:02}", off % 60);
                }
            }
            Std::Frac { sep, digits, trim } => {
                let all = format!("{:09}", self.nanos);
                let mut s = &all[..digits.min(9)];
                if trim {
                    s = s.trim_end_matches('0');
                    if s.is_empty() {
                        return;
                    }
                }
                out.push(sep);
                out.push_str(s);
                for _ in 9..digits {
                    out.push('0');
                }
            }
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    Tz,
    Offset {
        z: bool,
        colon: bool,
        mins: bool,
        secs: bool,
    },
    Frac {
        sep: char,
        digits: usize,
        trim: bool,
    },
}

fn starts_with_lower(s: &str) -> bool {
    s.as_bytes().first().is_some_and(|c| c.is_ascii_lowercase())
}

/// Splits a Go layout into literal prefix, the next standard chunk, and the rest (Go's `nextStdChunk`).
fn next_std_chunk(layout: &str) -> (&str, Option<Std>, &str) {
    let b = layout.as_bytes();
    let at = |i: usize, s: &str| layout.get(i..).is_some_and(|r| r.starts_with(s));
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let found: Option<(Std, usize)> = match c {
            b'J' if at(i, "Jan") => {
                if at(i, "January") {
                    Some((Std::LongMonth, 7))
                } else if !starts_with_lower(&layout[i + 3..]) {
                    Some((Std::Month, 3))
                } else {
                    None
                }
            }
            b'M' if at(i, "Mon") => {
                if at(i, "Monday") {
                    Some((Std::LongWeekDay, 6))
                } else if !starts_with_lower(&layout[i + 3..]) {
                    Some((Std::WeekDay, 3))
                } else {
                    None
                }
            }
            b'M' if at(i, "MST") => Some((Std::Tz, 3)),
            b'0' if i + 1 < b.len() && (b'1'..=b'6').contains(&b[i + 1]) => Some((
                match b[i + 1] {
                    b'1' => Std::ZeroMonth,
                    b'2' => Std::ZeroDay,
                    b'3' => Std::ZeroHour12,
                    b'4' => Std::ZeroMinute,
                    b'5' => Std::ZeroSecond,
                    _ => Std::Year,
                },
                2,
            )),
            b'0' if at(i, "002") => Some((Std::ZeroYearDay, 3)),
            b'1' if at(i, "15") => Some((Std::Hour, 2)),
            b'1' => Some((Std::NumMonth, 1)),
            b'2' if at(i, "2006") => Some((Std::LongYear, 4)),
            b'2' => Some((Std::Day, 1)),
            b'_' if at(i, "_2") => {
                if at(i, "_2006") {
                    // A literal underscore followed by the long year.
                    return (&layout[..i + 1], Some(Std::LongYear), &layout[i + 5..]);
                }
                Some((Std::UnderDay, 2))
            }
            b'_' if at(i, "__2") => Some((Std::UnderYearDay, 3)),
            b'3' => Some((Std::Hour12, 1)),
            b'4' => Some((Std::Minute, 1)),
            b'5' => Some((Std::Second, 1)),
            b'P' if at(i, "PM") => Some((Std::PM, 2)),
            b'p' if at(i, "pm") => Some((Std::Pm, 2)),
            b'-' | b'Z' => {
                let z = c == b'Z';
                let pick = |s: &str, colon, mins, secs| {
                    let mut full = String::from(c as char);
                    full.push_str(s);
                    at(i, &full).then_some((
                        Std::Offset {
                            z,
                            colon,
                            mins,
                            secs,
                        },
                        full.len(),
                    ))
                };
                pick("070000", false, true, true)
                    .or_else(|| pick("07:00:00", true, true, true))
                    .or_else(|| pick("0700", false, true, false))
                    .or_else(|| pick("07:00", true, true, false))
                    .or_else(|| pick("07", false, false, false))
            }
            b'.' | b',' if i + 1 < b.len() && (b[i + 1] == b'0' || b[i + 1] == b'9') => {
                let ch = b[i + 1];
                let mut j = i + 1;
                while j < b.len() && b[j] == ch {
                    j += 1;
                }
                if j < b.len() && b[j].is_ascii_digit() {
                    None
                } else {
                    Some((
                        Std::Frac {
                            sep: c as char,
                            digits: j - (i + 1),
                            trim: ch == b'9',
                        },
                        j - i,
                    ))
                }
            }
            _ => None,
        };
        if let Some((std, len)) = found {
            return (&layout[..i], Some(std), &layout[i + len..]);
        }
        i += layout[i..].chars().next().map_or(1, char::len_utf8);
    }
    (layout, None, "")
}

/// How a zero time was written, kept so records round-trip unchanged.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ZeroForm {
    /// The key was absent (Helm 4 style).
    #[default]
    Omitted,
    /// `""` (Helm 3 style).
    Empty,
    /// `null`.
    Null,
}

/// A time field of a release: either a time or a zero value in one of its spellings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HelmTime {
    Zero(ZeroForm),
    At(GoTime),
}

impl Default for HelmTime {
    fn default() -> Self {
        HelmTime::Zero(ZeroForm::Omitted)
    }
}

impl HelmTime {
    /// True for Go's zero time in any spelling (including `0001-01-01T00:00:00Z`).
    pub fn is_zero(&self) -> bool {
        match self {
            HelmTime::Zero(_) => true,
            HelmTime::At(t) => t.is_zero(),
        }
    }

    /// True when serialisation should leave the key out.
    pub fn is_omitted(&self) -> bool {
        matches!(self, HelmTime::Zero(ZeroForm::Omitted))
    }

    /// The time, or Go's zero time.
    pub fn time(&self) -> GoTime {
        match self {
            HelmTime::At(t) => t.clone(),
            HelmTime::Zero(_) => GoTime::zero(),
        }
    }

    /// Helm 4 re-encoding: zero times are left out.
    pub fn helm4(&self) -> HelmTime {
        if self.is_zero() {
            HelmTime::Zero(ZeroForm::Omitted)
        } else {
            self.clone()
        }
    }
}

impl Serialize for HelmTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            HelmTime::Zero(ZeroForm::Null) => s.serialize_none(),
            HelmTime::Zero(_) => s.serialize_str(""),
            HelmTime::At(t) => s.serialize_str(&t.rfc3339_nano()),
        }
    }
}

impl<'de> Deserialize<'de> for HelmTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(HelmTime::Zero(ZeroForm::Null)),
            Some(s) if s.is_empty() => Ok(HelmTime::Zero(ZeroForm::Empty)),
            Some(s) => GoTime::parse_rfc3339(&s)
                .map(HelmTime::At)
                .map_err(serde::de::Error::custom),
        }
    }
}

/// A stdlib `time.Time` field that Go always writes (`schemamodtime`, `lock.generated`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlainTime(pub HelmTime);

impl Serialize for PlainTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            HelmTime::Zero(ZeroForm::Omitted) => s.serialize_str("0001-01-01T00:00:00Z"),
            other => other.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for PlainTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        HelmTime::deserialize(d).map(PlainTime)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_format_utc() {
        let t = GoTime::parse_rfc3339("1977-09-02T22:04:05Z").unwrap();
        assert_eq!(t.unix(), 242_085_845);
        assert_eq!(t.ansic(), "Fri Sep  2 22:04:05 1977");
        assert_eq!(t.go_string(), "1977-09-02 22:04:05 +0000 UTC");
        assert_eq!(t.rfc3339_nano(), "1977-09-02T22:04:05Z");
    }

    #[test]
    fn fractions_are_trimmed() {
        let t = GoTime::parse_rfc3339("2024-05-01T10:20:30.100000Z").unwrap();
        assert_eq!(t.rfc3339_nano(), "2024-05-01T10:20:30.1Z");
        assert_eq!(t.format("15:04:05.000"), "10:20:30.100");
        assert_eq!(t.format("15:04:05.999"), "10:20:30.1");
        let t = GoTime::parse_rfc3339("2026-11-27T05:15:18.589527744Z").unwrap();
        assert_eq!(t.go_string(), "2026-11-27 05:15:18.589527744 +0000 UTC");
    }

    #[test]
    fn foreign_offset_keeps_wall_clock() {
        let t = GoTime::parse_rfc3339("2024-05-01T10:20:31.005+02:00").unwrap();
        assert_eq!(t.rfc3339_nano(), "2024-05-01T10:20:31.005+02:00");
        assert_eq!(t.ansic(), "Wed May  1 10:20:31 2024");
        assert_eq!(t.unix(), 1_714_551_631);
        if local_zone_at(t.unix()).map(|z| z.0) != Some(7200) {
            assert_eq!(t.go_string(), "2024-05-01 10:20:31.005 +0200 +0200");
        }
    }

    #[test]
    fn zero_time() {
        let z = GoTime::parse_rfc3339("0001-01-01T00:00:00Z").unwrap();
        assert!(z.is_zero());
        assert_eq!(z.ansic(), "Mon Jan  1 00:00:00 0001");
        assert_eq!(GoTime::zero().ansic(), "Mon Jan  1 00:00:00 0001");
    }

    #[test]
    fn layouts() {
        let t = GoTime::parse_rfc3339("2006-01-02T15:04:05.123-07:00").unwrap();
        assert_eq!(t.format("2006-01-02"), "2006-01-02");
        assert_eq!(
            t.format("Monday January 2 3:4:5 PM"),
            "Monday January 2 3:4:5 PM"
        );
        assert_eq!(t.format("Z07:00 -0700 -07"), "-07:00 -0700 -07");
        assert_eq!(t.format("_2006 __2 002"), "_2006   2 002");
        assert_eq!(t.format("Mond"), "Mond");
        assert_eq!(t.format("06 01 02 03 04 05 pm"), "06 01 02 03 04 05 pm");
        assert_eq!(t.format(",000000000000"), ",123000000000");
    }

    #[test]
    fn rejects_garbage() {
        for bad in [
            "",
            "2024-13-01T00:00:00Z",
            "2024-01-01 00:00:00Z",
            "2024-01-01T00:00:00",
        ] {
            assert!(GoTime::parse_rfc3339(bad).is_err(), "{bad}");
        }
    }
}
