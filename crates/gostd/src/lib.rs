//! Go's standard-library behaviour that Helm's output depends on, written once for the whole
//! workspace (the template engine, the YAML codec, the readiness rules and rhelm itself):
//!
//! - [`strconv`]: `FormatFloat` in every format and bit size, `ParseInt`/`Atoi`/`ParseFloat`
//!   with Go's error texts, `Quote` with Go's `IsPrint` rules;
//! - [`time`]: `time.Time` with locations, layout formatting and parsing, `Duration`'s
//!   `String` and `ParseDuration`, and the proleptic Gregorian calendar arithmetic;
//! - [`json`]: how `encoding/json` prints a float64.
//!
//! ```
//! assert_eq!(gostd::strconv::format_float(1e6, 'g', -1, 64), "1e+06");
//! assert_eq!(gostd::strconv::format_float(0.1, 'g', -1, 32), "0.1");
//! assert_eq!(gostd::time::parse_duration("1h30m"), Ok(90 * gostd::time::MINUTE));
//! assert_eq!(gostd::time::format_duration(90 * gostd::time::MINUTE), "1h30m0s");
//! assert_eq!(gostd::json::format_float(1e-7), "1e-7");
//! ```

pub mod json;
pub mod strconv;
pub mod time;
