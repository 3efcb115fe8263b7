//! Go-behaviour tests for gostd::strconv.

use gostd::strconv::*;
#[test]
fn g_shortest() {
    assert_eq!(format_float_v(1e6), "1e+06");
    assert_eq!(format_float_v(123456.0), "123456");
    assert_eq!(format_float_v(1234567.0), "1.234567e+06");
    assert_eq!(format_float_v(1e-5), "1e-05");
    assert_eq!(format_float_v(0.0001), "0.0001");
    assert_eq!(format_float_v(0.0), "0");
    assert_eq!(format_float_v(-0.0), "-0");
    assert_eq!(format_float_v(2.75), "2.75");
    assert_eq!(format_float_v(1e21), "1e+21");
    assert_eq!(format_float_v(1e100), "1e+100");
}

#[test]
fn fixed_formats() {
    assert_eq!(format_float(2.61828, 'f', 2, 64), "2.62");
    assert_eq!(format_float(0.125, 'f', 2, 64), "0.12");
    assert_eq!(format_float(2.5, 'f', 0, 64), "2");
    assert_eq!(format_float(1234.5678, 'e', 3, 64), "1.235e+03");
    assert_eq!(format_float(0.0, 'e', 2, 64), "0.00e+00");
    assert_eq!(format_float(100000.0, 'g', 3, 64), "1e+05");
    assert_eq!(format_float(1.0, 'g', 3, 64), "1");
    assert_eq!(format_float(123.456, 'g', 4, 64), "123.5");
    assert_eq!(format_float(0.0, 'f', 3, 64), "0.000");
    assert_eq!(format_float(1e21, 'f', -1, 64), "1000000000000000000000");
    assert_eq!(format_float(1.5, 'E', -1, 64), "1.5E+00");
}

#[test]
fn ints() {
    assert_eq!(parse_int("0x1F", 0), Ok(31));
    assert_eq!(parse_int("0777", 0), Ok(511));
    assert_eq!(parse_int("1_000", 0), Ok(1000));
    assert_eq!(parse_int("-0b101", 0), Ok(-5));
    assert!(parse_int("08", 0).is_err());
    assert!(parse_int("1_000", 10).is_err());
    assert!(parse_int("_1", 0).is_err());
    assert_eq!(
        atoi("12abc").unwrap_err().to_string(),
        "strconv.Atoi: parsing \"12abc\": invalid syntax"
    );
    assert_eq!(
        parse_int("9223372036854775808", 10).unwrap_err().kind,
        NumErrorKind::Range
    );
    assert_eq!(parse_int("-9223372036854775808", 10), Ok(i64::MIN));
    assert_eq!(format_int(-255, 16), "-ff");
    assert_eq!(parse_uint("0x_1F", 0), Ok(31));
    assert_eq!(parse_uint("0", 0), Ok(0));
    assert_eq!(parse_uint("18446744073709551615", 0), Ok(u64::MAX));
    assert_eq!(
        parse_uint("18446744073709551616", 0).unwrap_err().kind,
        NumErrorKind::Range
    );
    assert_eq!(
        parse_uint("-1", 0).unwrap_err().to_string(),
        "strconv.ParseUint: parsing \"-1\": invalid syntax"
    );
    assert!(parse_uint("0x", 0).is_err());
}

#[test]
fn floats_parse() {
    assert_eq!(parse_float("1e3"), Ok(1000.0));
    assert_eq!(parse_float(".5"), Ok(0.5));
    assert_eq!(parse_float("-Inf"), Ok(f64::NEG_INFINITY));
    assert_eq!(parse_float("0x1p-2"), Ok(0.25));
    assert!(parse_float("1.5x").is_err());
    assert!(parse_float("").is_err());
}

#[test]
fn quoting() {
    assert_eq!(quote("a\"b\\c\n\t"), r#""a\"b\\c\n\t""#);
    assert_eq!(quote("é☺"), "\"é☺\"");
    assert_eq!(quote("\u{7f}\u{1}"), r#""\x7f\x01""#);
    assert_eq!(quote("\u{200b}"), r#""\u200b""#);
    assert_eq!(quote_bytes(b"a\xffb"), r#""a\xffb""#);
    assert_eq!(quote_to_ascii("é".as_bytes()), r#""\u00e9""#);
    assert_eq!(quote_rune('\''), r"'\''");
    assert!(can_backquote("a\tb"));
    assert!(!can_backquote("a`b"));
}

#[test]
// The literal is the exact halfway value on purpose.
#[allow(clippy::excessive_precision)]
fn shortest_ties_go_to_even() {
    // 695551488237409.25 is exactly halfway between ...409.2 and ...409.3.
    assert_eq!(format_float_v(695551488237409.25), "6.955514882374092e+14");
    assert_eq!(
        format_float(695551488237409.25, 'f', -1, 64),
        "695551488237409.2"
    );
    assert_eq!(format_float_v(0.5), "0.5");
    assert_eq!(format_float_v(2.5), "2.5");
    assert_eq!(format_float_v(9007199254740993.0), "9.007199254740992e+15");
}

#[test]
fn bit_sizes_and_shortest_g() {
    // strconv.FormatFloat(x, 'g', -1, 64) and (x, 'g', -1, 32), as Go prints them.
    assert_eq!(format_float(1.5, 'g', -1, 64), "1.5");
    assert_eq!(format_float(3.0, 'g', -1, 64), "3");
    assert_eq!(format_float(3.5, 'g', -1, 64), "3.5");
    assert_eq!(format_float(-2.0, 'g', -1, 64), "-2");
    assert_eq!(format_float(0.00001, 'g', -1, 64), "1e-05");
    assert_eq!(format_float(-2.5e-10, 'g', -1, 64), "-2.5e-10");
    assert_eq!(format_float(f64::INFINITY, 'g', -1, 64), "+Inf");
    assert_eq!(format_float(f64::NEG_INFINITY, 'g', -1, 64), "-Inf");
    assert_eq!(format_float(f64::NAN, 'g', -1, 64), "NaN");
    assert_eq!(format_float(1.2345678e7, 'g', -1, 64), "1.2345678e+07");
    assert_eq!(format_float(0.1, 'g', -1, 32), "0.1");
    assert_eq!(format_float(1.1, 'g', -1, 32), "1.1");
    assert_eq!(format_float(1.23456789, 'g', -1, 32), "1.2345679");
    // 0.1 as a float32 widened to float64 prints its full float64 digits at bit size 64.
    assert_eq!(
        format_float(f64::from(0.1f32), 'g', -1, 64),
        "0.10000000149011612"
    );
}
