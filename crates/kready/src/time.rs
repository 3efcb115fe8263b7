//! Kubernetes timestamps (RFC 3339, as the API server writes them).

use std::fmt;

use gostd::time::{civil_from_days, days_from_civil, days_in};

/// A point in time, as seconds and nanoseconds since the Unix epoch (UTC).
///
/// Kubernetes writes `metav1.Time` as `2024-05-01T10:00:00Z` and `metav1.MicroTime`
/// (`eventTime`) as `2024-05-01T10:00:00.123456Z`; both parse with [`Time::parse`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Time {
    secs: i64,
    nanos: u32,
}

impl Time {
    /// The Unix epoch; also what Go's zero `metav1.Time` compares like (older than any real time).
    pub const EPOCH: Time = Time { secs: 0, nanos: 0 };

    /// A time from seconds since the Unix epoch.
    pub fn from_unix(secs: i64) -> Time {
        Time { secs, nanos: 0 }
    }

    /// The current system time.
    pub fn now() -> Time {
        match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => Time {
                secs: d.as_secs() as i64,
                nanos: d.subsec_nanos(),
            },
            Err(_) => Time::EPOCH,
        }
    }

    /// Seconds since the Unix epoch.
    pub fn unix_seconds(&self) -> i64 {
        self.secs
    }

    /// This time moved by `secs` seconds (negative moves back).
    pub fn add_seconds(&self, secs: i64) -> Time {
        Time {
            secs: self.secs + secs,
            nanos: self.nanos,
        }
    }

    /// Parses an RFC 3339 timestamp (`Z` or a numeric offset, optional fraction).
    pub fn parse(s: &str) -> Option<Time> {
        let b = s.as_bytes();
        if b.len() < 20 {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<i64> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        if b[4] != b'-' || b[7] != b'-' || !(b[10] == b'T' || b[10] == b't' || b[10] == b' ') {
            return None;
        }
        if b[13] != b':' || b[16] != b':' {
            return None;
        }
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (hour, min, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        if hour > 23 || min > 59 || sec > 60 {
            return None;
        }
        let mut i = 19;
        let mut nanos: u32 = 0;
        if b[i] == b'.' {
            i += 1;
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let frac = &s[start..i];
            if frac.is_empty() || frac.len() > 9 {
                return None;
            }
            let mut v: u32 = frac.parse().ok()?;
            for _ in frac.len()..9 {
                v *= 10;
            }
            nanos = v;
        }
        let offset = match &s[i..] {
            "Z" | "z" => 0,
            rest if rest.len() == 6 && (rest.starts_with('+') || rest.starts_with('-')) => {
                if rest.as_bytes()[3] != b':' {
                    return None;
                }
                let h = num(i + 1..i + 3)?;
                let m = num(i + 4..i + 6)?;
                let o = h * 3600 + m * 60;
                if rest.starts_with('-') {
                    -o
                } else {
                    o
                }
            }
            _ => return None,
        };
        let days = days_from_civil(year, month, day);
        let secs = days * 86400 + hour * 3600 + min * 60 + sec - offset;
        Some(Time { secs, nanos })
    }
}

fn days_in_month(y: i64, m: i64) -> i64 {
    i64::from(days_in(m as u32, y))
}

impl fmt::Display for Time {
    /// RFC 3339 in UTC with second precision, like `metav1.Time`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.secs.div_euclid(86400);
        let rem = self.secs.rem_euclid(86400);
        let (y, m, d) = civil_from_days(days);
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            y,
            m,
            d,
            rem / 3600,
            rem % 3600 / 60,
            rem % 60
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_kubernetes_timestamps() {
        // 2024-05-01T10:00:00Z is 1714557600 (date -d @1714557600 -u).
        assert_eq!(
            Time::parse("2024-05-01T10:00:00Z").unwrap().unix_seconds(),
            1_714_557_600
        );
        let micro = Time::parse("2024-05-01T10:00:00.250000Z").unwrap();
        assert_eq!(micro.unix_seconds(), 1_714_557_600);
        assert!(micro > Time::parse("2024-05-01T10:00:00Z").unwrap());
        assert_eq!(
            Time::parse("2024-05-01T12:00:00+02:00").unwrap(),
            Time::parse("2024-05-01T10:00:00Z").unwrap()
        );
        assert_eq!(Time::parse("1970-01-01T00:00:00Z").unwrap(), Time::EPOCH);
        assert_eq!(
            Time::parse("2000-03-01T00:00:00Z").unwrap().unix_seconds(),
            951_868_800
        );
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "2024-05-01",
            "2024-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2024-05-01T10:00:00",
            "2024-05-01T10:00:00.Z",
            "2024/05/01T10:00:00Z",
        ] {
            assert_eq!(Time::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn displays_round_trip() {
        for s in [
            "2024-05-01T10:00:00Z",
            "1999-12-31T23:59:59Z",
            "2024-02-29T00:00:01Z",
        ] {
            assert_eq!(Time::parse(s).unwrap().to_string(), s);
        }
    }
}
