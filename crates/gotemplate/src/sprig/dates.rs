//! Sprig's date functions, and the `time.Time` and `time.Duration` values they work with.
//!
//! `date` and `toDate` use the Local zone (from `TZ`), as Sprig does; `dateInZone` falls back to
//! UTC for an unknown zone. A `time.Time` prints like Go's `Time.String()`, including the
//! monotonic clock reading (`m=+0.000123456`) of a value from `now`.

use gostd::time as gotime;
use std::borrow::Cow;

use std::any::Any;

use crate::func::{FuncError, FuncMap, Function};
use crate::value::{GoType, Member, Object, Value};

pub use gotime::{format_duration, parse_duration, Location, Time};

const TIME_TYPE: &str = "time.Time";
const DURATION_TYPE: &str = "time.Duration";

/// A `time.Time` value.
#[derive(Clone, Debug)]
pub struct TimeObject(pub Time);

/// A `time.Duration` value (nanoseconds).
#[derive(Clone, Copy, Debug)]
pub struct DurationObject(pub i64);

/// A `time.Month` or `time.Weekday`: an int that prints as its name.
#[derive(Clone, Debug)]
struct NamedInt {
    type_name: &'static str,
    value: i64,
    name: &'static str,
}

impl Object for NamedInt {
    fn type_name(&self) -> &'static str {
        self.type_name
    }

    fn kind(&self) -> &'static str {
        "int"
    }

    fn member(&self, name: &str) -> Option<Member> {
        let text = self.name;
        (name == "String").then(|| {
            Member::Method(Function::pure("String", vec![], None, move |_| {
                Ok(Value::str(text))
            }))
        })
    }

    fn format(&self) -> Cow<'_, str> {
        self.name.into()
    }

    fn truthy(&self) -> bool {
        self.value != 0
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn to_json(&self) -> Option<serde_json::Value> {
        Some(serde_json::Value::from(self.value))
    }
}

/// A `*time.Location`, which prints as its name (`UTC`, `Local`, a fixed zone's name).
struct LocationObject(String);

impl Object for LocationObject {
    fn type_name(&self) -> &'static str {
        "*time.Location"
    }

    fn member(&self, name: &str) -> Option<Member> {
        let text = self.0.clone();
        (name == "String").then(|| {
            Member::Method(Function::pure("String", vec![], None, move |_| {
                Ok(Value::str(text.as_str()))
            }))
        })
    }

    fn format(&self) -> Cow<'_, str> {
        self.0.as_str().into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `t` as a template value of type `time.Time`.
pub fn time_value(t: Time) -> Value {
    Value::object(TimeObject(t))
}

/// `d` nanoseconds as a template value of type `time.Duration`.
pub fn duration_value(d: i64) -> Value {
    Value::object(DurationObject(d))
}

fn as_time(v: &Value) -> Option<Time> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<TimeObject>().map(|t| t.0.clone()),
        _ => None,
    }
}

/// A `time.Duration` argument: a Duration value, or an integer constant converted to one.
fn as_duration(v: &Value) -> Result<i64, FuncError> {
    match v {
        Value::Int(i) | Value::Int64(i) => Ok(*i),
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<DurationObject>()
            .map(|d| d.0)
            .ok_or_else(|| wrong_type(DURATION_TYPE, v)),
        _ => Err(wrong_type(DURATION_TYPE, v)),
    }
}

fn time_arg(v: &Value) -> Result<Time, FuncError> {
    as_time(v).ok_or_else(|| wrong_type(TIME_TYPE, v))
}

fn wrong_type(want: &str, v: &Value) -> FuncError {
    FuncError::new(format!(
        "wrong type for value; expected {want}; got {}",
        v.go_type()
    ))
}

type TimeMethod = Box<dyn Fn(&Time, &[Value]) -> Result<Value, FuncError>>;

fn niladic(name: &str, f: impl Fn() -> Value + 'static) -> Option<Member> {
    Some(Member::Method(Function::pure(
        name,
        vec![],
        None,
        move |_| Ok(f()),
    )))
}

impl Object for TimeObject {
    fn type_name(&self) -> &'static str {
        TIME_TYPE
    }

    fn kind(&self) -> &'static str {
        "struct"
    }

    fn member(&self, name: &str) -> Option<Member> {
        let t = self.0.clone();
        let dur = GoType::Named(DURATION_TYPE);
        let time = GoType::Named(TIME_TYPE);
        let method = |params: Vec<GoType>, f: TimeMethod| {
            let t = t.clone();
            Some(Member::Method(Function::pure(
                name,
                params,
                None,
                move |a| f(&t, a),
            )))
        };
        match name {
            "String" => niladic(name, move || Value::str(t.to_go_string())),
            "Year" => niladic(name, move || Value::Int(t.civil().year)),
            "Month" => niladic(name, move || {
                let m = t.civil().month;
                Value::object(NamedInt {
                    type_name: "time.Month",
                    value: m.into(),
                    name: gotime::month_name(m),
                })
            }),
            "Day" => niladic(name, move || Value::Int(t.civil().day.into())),
            "Hour" => niladic(name, move || Value::Int(t.civil().hour.into())),
            "Minute" => niladic(name, move || Value::Int(t.civil().minute.into())),
            "Second" => niladic(name, move || Value::Int(t.civil().second.into())),
            "Nanosecond" => niladic(name, move || Value::Int(t.nsec.into())),
            "YearDay" => niladic(name, move || Value::Int(t.civil().yday.into())),
            "Weekday" => niladic(name, move || {
                let d = t.civil().weekday;
                Value::object(NamedInt {
                    type_name: "time.Weekday",
                    value: d.into(),
                    name: gotime::weekday_name(d),
                })
            }),
            "Unix" => niladic(name, move || Value::Int64(t.unix)),
            "UnixMilli" => niladic(name, move || Value::Int64((t.nanos() / 1_000_000) as i64)),
            "UnixMicro" => niladic(name, move || Value::Int64((t.nanos() / 1_000) as i64)),
            "UnixNano" => niladic(name, move || Value::Int64(t.nanos() as i64)),
            "IsZero" => niladic(name, move || Value::Bool(t.is_zero())),
            "UTC" => niladic(name, move || time_value(t.in_loc(Location::Utc))),
            "Local" => niladic(name, move || time_value(t.in_loc(Location::Local))),
            "Location" => niladic(name, move || {
                Value::object(LocationObject(t.loc.name().to_string()))
            }),
            "Format" => method(
                vec![GoType::String],
                Box::new(|t, a| {
                    Ok(Value::str(gotime::format(
                        t,
                        a[0].as_str().unwrap_or_default(),
                    )))
                }),
            ),
            "Add" => method(
                vec![dur],
                Box::new(|t, a| Ok(time_value(t.add(as_duration(&a[0])?)))),
            ),
            "Sub" => method(
                vec![time],
                Box::new(|t, a| Ok(duration_value(t.sub(&time_arg(&a[0])?)))),
            ),
            "AddDate" => method(
                vec![GoType::Int, GoType::Int, GoType::Int],
                Box::new(|t, a| {
                    let n = |v: &Value| match v {
                        Value::Int(i) | Value::Int64(i) => *i,
                        _ => 0,
                    };
                    Ok(time_value(t.add_date(n(&a[0]), n(&a[1]), n(&a[2]))))
                }),
            ),
            "Before" | "After" | "Equal" | "Compare" => {
                let which = name.to_string();
                method(
                    vec![time],
                    Box::new(move |t, a| {
                        let u = time_arg(&a[0])?;
                        let c = t.nanos().cmp(&u.nanos());
                        Ok(match which.as_str() {
                            "Before" => Value::Bool(c.is_lt()),
                            "After" => Value::Bool(c.is_gt()),
                            "Equal" => Value::Bool(c.is_eq()),
                            _ => Value::Int(c as i64),
                        })
                    }),
                )
            }
            "Round" | "Truncate" => {
                let round = name == "Round";
                method(
                    vec![dur],
                    Box::new(move |t, a| Ok(time_value(t.round_to(as_duration(&a[0])?, round)))),
                )
            }
            _ => None,
        }
    }

    fn format(&self) -> Cow<'_, str> {
        self.0.to_go_string().into()
    }

    /// `Time.GoString`: `time.Date(1979, time.May, 27, 0, 0, 0, 0, time.UTC)`.
    fn go_string(&self) -> Option<String> {
        let t = &self.0;
        let c = t.civil();
        let loc = match &t.loc {
            Location::Utc => "time.UTC".to_string(),
            Location::Local => "time.Local".to_string(),
            other => format!("time.Location({})", gostd::strconv::quote(other.name())),
        };
        Some(format!(
            "time.Date({}, time.{}, {}, {}, {}, {}, {}, {loc})",
            c.year,
            gotime::month_name(c.month),
            c.day,
            c.hour,
            c.minute,
            c.second,
            t.nsec
        ))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    /// `Time.MarshalJSON`: RFC 3339 with nanoseconds. (Go fails for years outside 0..=9999;
    /// this prints them as they are.)
    fn to_json(&self) -> Option<serde_json::Value> {
        Some(serde_json::Value::String(gotime::format(
            &self.0,
            "2006-01-02T15:04:05.999999999Z07:00",
        )))
    }
}

impl Object for DurationObject {
    fn type_name(&self) -> &'static str {
        DURATION_TYPE
    }

    fn kind(&self) -> &'static str {
        "int64"
    }

    fn member(&self, name: &str) -> Option<Member> {
        let d = self.0;
        let split = |unit: i64| (d / unit) as f64 + (d % unit) as f64 / unit as f64;
        match name {
            "String" => niladic(name, move || Value::str(format_duration(d))),
            "Hours" => {
                let v = split(gotime::HOUR);
                niladic(name, move || Value::Float(v))
            }
            "Minutes" => {
                let v = split(gotime::MINUTE);
                niladic(name, move || Value::Float(v))
            }
            "Seconds" => {
                let v = split(gotime::SECOND);
                niladic(name, move || Value::Float(v))
            }
            "Milliseconds" => niladic(name, move || Value::Int64(d / 1_000_000)),
            "Microseconds" => niladic(name, move || Value::Int64(d / 1_000)),
            "Nanoseconds" => niladic(name, move || Value::Int64(d)),
            "Abs" => niladic(name, move || {
                duration_value(if d == i64::MIN { i64::MAX } else { d.abs() })
            }),
            "Round" | "Truncate" => {
                let round = name == "Round";
                Some(Member::Method(Function::pure(
                    name,
                    vec![GoType::Named(DURATION_TYPE)],
                    None,
                    move |a| {
                        let m = as_duration(&a[0])?;
                        Ok(duration_value(if round {
                            gotime::round_duration(d, m)
                        } else if m <= 0 {
                            d
                        } else {
                            d - d % m
                        }))
                    },
                )))
            }
            _ => None,
        }
    }

    fn format(&self) -> Cow<'_, str> {
        format_duration(self.0).into()
    }

    fn truthy(&self) -> bool {
        self.0 != 0
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    /// A Duration is an int64 to `encoding/json`.
    fn to_json(&self) -> Option<serde_json::Value> {
        Some(serde_json::Value::from(self.0))
    }
}

/// The time a `date`-style argument stands for: a `time.Time`, or Unix seconds as `int` or
/// `int64`; anything else (including a float64 from values) means now.
fn date_arg(v: &Value) -> Time {
    match v {
        Value::Int(i) | Value::Int64(i) => Time::unix(*i),
        _ => as_time(v).unwrap_or_else(Time::now),
    }
}

/// Sprig's `dateInZone`.
fn date_in_zone(layout: &str, date: &Value, zone: &str) -> String {
    let loc = Location::load(zone).unwrap_or(Location::Utc);
    gotime::format(&date_arg(date).in_loc(loc), layout)
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

/// Sprig's `durationRound`.
fn duration_round(v: &Value) -> String {
    let d: i64 = match v {
        Value::String(s) => parse_duration(s).unwrap_or(0),
        Value::Int64(i) => *i,
        _ => match as_time(v) {
            Some(t) => Time::now().sub(&t),
            None => 0,
        },
    };
    let u = d.unsigned_abs();
    let hour = gotime::HOUR as u64;
    let (year, month, day) = (hour * 24 * 365, hour * 24 * 30, hour * 24);
    let (minute, second) = (gotime::MINUTE as u64, gotime::SECOND as u64);
    if u > year {
        format!("{}y", u / year)
    } else if u > month {
        format!("{}mo", u / month)
    } else if u > day {
        format!("{}d", u / day)
    } else if u > hour {
        format!("{}h", u / hour)
    } else if u > minute {
        format!("{}m", u / minute)
    } else if u > second {
        format!("{}s", u / second)
    } else {
        "0s".into()
    }
}

/// Adds these functions to `m` under their Sprig names.
pub fn register(m: &mut FuncMap) {
    use GoType::{Interface as Any, String as Str};
    let time = || GoType::Named(TIME_TYPE);

    m.insert(Function::pure("now", vec![], None, |_| {
        Ok(time_value(Time::now()))
    }));
    m.insert(Function::pure("date", vec![Str, Any], None, |a| {
        Ok(Value::str(date_in_zone(s(&a[0]), &a[1], "Local")))
    }));
    for name in ["dateInZone", "date_in_zone"] {
        m.insert(Function::pure(name, vec![Str, Any, Str], None, |a| {
            Ok(Value::str(date_in_zone(s(&a[0]), &a[1], s(&a[2]))))
        }));
    }
    m.insert(Function::pure("htmlDate", vec![Any], None, |a| {
        Ok(Value::str(date_in_zone("2006-01-02", &a[0], "Local")))
    }));
    m.insert(Function::pure(
        "htmlDateInZone",
        vec![Any, Str],
        None,
        |a| Ok(Value::str(date_in_zone("2006-01-02", &a[0], s(&a[1])))),
    ));
    for name in ["dateModify", "date_modify"] {
        m.insert(Function::pure(name, vec![Str, time()], None, |a| {
            let t = time_arg(&a[1])?;
            Ok(time_value(match parse_duration(s(&a[0])) {
                Ok(d) => t.add(d),
                Err(_) => t,
            }))
        }));
    }
    for name in ["mustDateModify", "must_date_modify"] {
        m.insert(Function::pure(name, vec![Str, time()], None, |a| {
            let t = time_arg(&a[1])?;
            let d = parse_duration(s(&a[0])).map_err(FuncError::new)?;
            Ok(time_value(t.add(d)))
        }));
    }
    m.insert(Function::pure("ago", vec![Any], None, |a| {
        let t = match &a[0] {
            Value::Int(i) | Value::Int64(i) => Time::unix(*i),
            v => as_time(v).unwrap_or_else(Time::now),
        };
        let since = Time::now().sub(&t);
        Ok(Value::str(format_duration(gotime::round_duration(
            since,
            gotime::SECOND,
        ))))
    }));
    m.insert(Function::pure("duration", vec![Any], None, |a| {
        let n: i64 = match &a[0] {
            Value::String(s) => gostd::strconv::parse_int(s, 10).unwrap_or(0),
            Value::Int64(i) => *i,
            _ => 0,
        };
        Ok(Value::str(format_duration(n.wrapping_mul(gotime::SECOND))))
    }));
    m.insert(Function::pure("durationRound", vec![Any], None, |a| {
        Ok(Value::str(duration_round(&a[0])))
    }));
    m.insert(Function::pure("toDate", vec![Str, Str], None, |a| {
        Ok(time_value(
            gotime::parse_in_location(s(&a[0]), s(&a[1]), Location::Local)
                .unwrap_or_else(|_| Time::zero()),
        ))
    }));
    m.insert(Function::pure("mustToDate", vec![Str, Str], None, |a| {
        gotime::parse_in_location(s(&a[0]), s(&a[1]), Location::Local)
            .map(time_value)
            .map_err(FuncError::new)
    }));
    m.insert(Function::pure("unixEpoch", vec![time()], None, |a| {
        Ok(Value::str(time_arg(&a[0])?.unix.to_string()))
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sprig::testing::{call, method, text};

    fn fmt(v: &Value) -> String {
        let Value::Object(o) = v else {
            panic!("not an object")
        };
        o.format().into_owned()
    }

    const RFC3339: &str = "2006-01-02T15:04:05Z07:00";

    fn ts() -> Value {
        call("toDate", &[RFC3339.into(), "2024-03-05T14:07:09Z".into()]).unwrap()
    }

    #[test]
    fn date_in_zone_formats() {
        let z = |layout: &str, v: Value, zone: &str| {
            text("dateInZone", &[layout.into(), v, zone.into()])
        };
        assert_eq!(z("060102", ts(), "UTC"), "240305");
        assert_eq!(z("2006-01-02", Value::Int(0), "UTC"), "1970-01-01");
        assert_eq!(
            z("2006-01-02 15:04", Value::Int(1_700_000_000), "UTC"),
            "2023-11-14 22:13"
        );
        assert_eq!(
            z(
                "2006-01-02 15:04",
                Value::Int64(1_700_000_000),
                "Bogus/Zone"
            ),
            "2023-11-14 22:13"
        );
        assert_eq!(
            z(
                "2006-01-02 15:04 MST -07:00",
                Value::Int(1_700_000_000),
                "Asia/Tokyo"
            ),
            "2023-11-15 07:13 JST +09:00"
        );
        assert_eq!(
            z(
                "2006-01-02 15:04 MST",
                Value::Int(1_700_000_000),
                "America/New_York"
            ),
            "2023-11-14 17:13 EST"
        );
        assert_eq!(
            text("htmlDateInZone", &[Value::Int(1_700_000_000), "UTC".into()]),
            "2023-11-14"
        );
        // A float (what values files give) means now.
        let year = text(
            "dateInZone",
            &["2006".into(), Value::Float(0.0), "UTC".into()],
        );
        assert!(year.parse::<i32>().unwrap() >= 2025);
        assert_eq!(
            text("date_in_zone", &["literal text".into(), ts(), "UTC".into()]),
            "literal text"
        );
    }

    #[test]
    fn to_date_and_time_methods() {
        let t = ts();
        assert_eq!(fmt(&t), "2024-03-05 14:07:09 +0000 UTC");
        assert_eq!(
            method(&t, "Format", &["Jan 2, 2006".into()]).as_str(),
            Some("Mar 5, 2024")
        );
        let later = method(&t, "Add", &[Value::Int(3_600_000_000_000)]);
        assert!(matches!(method(&later, "Hour", &[]), Value::Int(15)));
        assert!(matches!(method(&t, "IsZero", &[]), Value::Bool(false)));
        let zero = call("toDate", &["x".into(), "y".into()]).unwrap();
        assert!(matches!(method(&zero, "IsZero", &[]), Value::Bool(true)));
        let y2024 = call("toDate", &["2006".into(), "2024".into()]).unwrap();
        let d = method(&t, "Sub", &[y2024]);
        assert_eq!(fmt(&d), "1550h7m9s");
        let Value::Float(h) = method(&d, "Hours", &[]) else {
            panic!()
        };
        assert_eq!(h, 1550.1191666666666);
        let next = method(
            &t,
            "AddDate",
            &[Value::Int(0), Value::Int(1), Value::Int(0)],
        );
        assert_eq!(
            text("dateInZone", &["2006-01-02".into(), next, "UTC".into()]),
            "2024-04-05"
        );
        assert_eq!(fmt(&method(&t, "Month", &[])), "March");
        assert_eq!(fmt(&method(&t, "Weekday", &[])), "Tuesday");
        assert!(matches!(method(&t, "YearDay", &[]), Value::Int(65)));
        assert!(matches!(
            method(&t, "Unix", &[]),
            Value::Int64(1_709_647_629)
        ));
        assert_eq!(text("unixEpoch", std::slice::from_ref(&t)), "1709647629");
        assert_eq!(
            call("mustToDate", &["2006-01-02".into(), "2024-02-30".into()])
                .unwrap_err()
                .0,
            "parsing time \"2024-02-30\": day out of range"
        );
    }

    #[test]
    fn date_modify() {
        let t = ts();
        let m = call("dateModify", &["-1.5h".into(), t.clone()]).unwrap();
        assert_eq!(fmt(&m), "2024-03-05 12:37:09 +0000 UTC");
        let same = call("date_modify", &["bogus".into(), t.clone()]).unwrap();
        assert_eq!(fmt(&same), fmt(&t));
        assert_eq!(
            call("mustDateModify", &["bogus".into(), t]).unwrap_err().0,
            "time: invalid duration \"bogus\""
        );
    }

    #[test]
    fn durations() {
        let dr = |v: Value| text("durationRound", &[v]);
        assert_eq!(dr("2h10m5s".into()), "2h");
        assert_eq!(dr("30s".into()), "30s");
        assert_eq!(dr("0s".into()), "0s");
        assert_eq!(dr(Value::Int(3_600_000_000_000)), "0s");
        assert_eq!(dr(Value::Int64(3_600_000_000_001)), "1h");
        assert_eq!(dr("8760h".into()), "12mo");
        assert_eq!(dr("1000h".into()), "1mo");
        assert_eq!(dr("61m".into()), "1h");
        assert_eq!(dr("-49h".into()), "2d");
        assert_eq!(text("duration", &["95".into()]), "1m35s");
        assert_eq!(text("duration", &[Value::Int64(3600)]), "1h0m0s");
        // Sprig only reads int64 and strings; an int constant is 0.
        assert_eq!(text("duration", &[Value::Int(95)]), "0s");
    }

    #[test]
    fn now_and_ago() {
        let n = call("now", &[]).unwrap();
        let s = fmt(&n);
        assert!(s.contains(" m=+"), "{s}");
        // The monotonic reading counts from the process start, like Go's.
        let m: f64 = s.rsplit("m=+").next().unwrap().parse().unwrap();
        assert!(m > 0.0 && m < 3600.0, "{s}");
        let Value::Object(o) = &n else { panic!() };
        assert_eq!(o.type_name(), "time.Time");
        assert_eq!(o.kind(), "struct");
        assert_eq!(text("ago", &[n]), "0s");
        let hour_ago = time_value(Time::now().add(-gotime::HOUR));
        assert_eq!(text("ago", &[hour_ago]), "1h0m0s");
        let epoch = Value::Int64(0);
        assert!(text("ago", &[epoch]).ends_with('s'));
        let d = text(
            "dateInZone",
            &[".000000000".into(), call("now", &[]).unwrap(), "UTC".into()],
        );
        assert_eq!(d.len(), 10);
    }
}
