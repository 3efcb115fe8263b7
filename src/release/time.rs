//! Timestamps as Go's `time.Time` stores and prints them.
//!
//! Helm writes RFC 3339 timestamps in the writer's zone and every reader prints the stored wall-clock
//! time, so a [`GoTime`] keeps the civil fields and the UTC offset exactly as stored. The zone name
//! is resolved the way Go's `time.Parse` does it: `Z` is `UTC`; an offset equal to the local zone's
//! offset at that instant takes the local zone's abbreviation; any other offset has no name.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

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

use gostd::time::{days_from_civil as civil_days, days_in, ZERO_UNIX};

fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    civil_days(y, m.into(), d.into())
}

fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let (y, m, d) = gostd::time::civil_from_days(z);
    (y, m as u8, d as u8)
}

fn days_in_month(y: i64, m: u8) -> u8 {
    days_in(m.into(), y) as u8
}

/// The local zone's offset and abbreviation at a Unix instant.
fn local_zone_at(unix: i64) -> Option<(i32, String)> {
    let ts = jiff::Timestamp::from_second(unix).ok()?;
    let info = gostd::time::local_zone().to_offset_info(ts);
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
        let offset = gostd::time::local_zone().to_offset(ts).seconds();
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

    /// Formats with a Go layout string (`time.Time.Format`, through [`gostd::time::format`]) in
    /// this time's fixed zone.
    pub fn format(&self, layout: &str) -> String {
        use gostd::time::{self as gotime, Location, Time};
        let loc = match &self.zone {
            Some(name) if name == "UTC" && self.offset == 0 => Location::Utc,
            Some(name) => Location::Fixed(name.clone(), self.offset),
            None => Location::Fixed(String::new(), self.offset),
        };
        let t = Time {
            unix: self.unix(),
            nsec: self.nanos,
            loc,
            mono: None,
        };
        gotime::format(&t, layout)
    }
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
    /// A zero time, and how it was written.
    Zero(ZeroForm),
    /// A time.
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
        // Go prints at most nine fractional digits, however many the layout asks for.
        assert_eq!(t.format(",000000000000"), ",123000000");
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
