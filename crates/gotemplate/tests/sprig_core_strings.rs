//! Go-behaviour tests for src/sprig/strings.rs.

use gotemplate::sprig::strings::*;
#[test]
fn cases() {
    assert_eq!(snakecase("FirstName"), "first_name");
    assert_eq!(snakecase("HTTPServer"), "http_server");
    assert_eq!(snakecase("userID2Name"), "user_id2_name");
    assert_eq!(snakecase("HTTP20xOK"), "http_20x_ok");
    assert_eq!(snakecase("Bld4Floor3rd"), "bld4_floor_3rd");
    assert_eq!(snakecase("Duration2m3s"), "duration_2m3s");
    assert_eq!(snakecase("http2xx"), "http_2xx");
    assert_eq!(kebabcase("With Spaces"), "with-spaces");
    assert_eq!(camelcase("some_words"), "SomeWords");
    assert_eq!(camelcase("_complex__case_"), "_Complex_Case_");
    assert_eq!(camelcase("GOLANG_IS_GREAT"), "GolangIsGreat");
    assert_eq!(camelcase("x"), "X");
    assert_eq!(swapcase("This Is A.Test"), "tHIS iS a.tEST");
    assert_eq!(swapcase("hello world"), "HELLO WORLD");
}

/// huandu/xstrings' own table for ToSnakeCase and ToKebabCase.
#[test]
fn xstrings_snake_and_kebab_table() {
    let cases = [
        ("HTTPServer", "http_server"),
        ("_camelCase", "_camel_case"),
        ("NoHTTPS", "no_https"),
        ("Wi_thF", "wi_th_f"),
        ("_AnotherTES_TCaseP", "_another_tes_t_case_p"),
        ("ALL", "all"),
        ("_HELLO_WORLD_", "_hello_world_"),
        ("HELLO_WORLD", "hello_world"),
        ("HELLO____WORLD", "hello____world"),
        ("TW", "tw"),
        ("_C", "_c"),
        ("http2xx", "http_2xx"),
        ("HTTP2XX", "http2_xx"),
        ("HTTP20xOK", "http_20x_ok"),
        ("HTTP20xStatus", "http_20x_status"),
        ("HTTP-20xStatus", "http_20x_status"),
        ("a", "a"),
        ("Duration2m3s", "duration_2m3s"),
        ("Bld4Floor3rd", "bld4_floor_3rd"),
        (" _-_ ", "_____"),
        ("a1b2c3d", "a_1b2c3d"),
        ("A//B%%2c", "a//b%%2c"),
        ("HTTP状态码404/502Error", "http_状态码404/502_error"),
        ("中文(字符)", "中文(字符)"),
        ("混合ABCWords与123数字456", "混合_abc_words_与123_数字456"),
        ("  sentence case  ", "__sentence_case__"),
        (
            " Mixed-hyphen case _and SENTENCE_case and UPPER-case",
            "_mixed_hyphen_case__and_sentence_case_and_upper_case",
        ),
        (
            "FROM CamelCase to snake/kebab-case",
            "from_camel_case_to_snake/kebab_case",
        ),
        ("", ""),
        (
            "Abc\u{FFFD}E\u{FFFD}f\u{FFFD}d\u{FFFD}2\u{FFFD}00z\u{FFFD}ZZ\u{FFFD}ZZ",
            "abc_\u{FFFD}e\u{FFFD}f\u{FFFD}d_\u{FFFD}2\u{FFFD}00z_\u{FFFD}zz\u{FFFD}zz",
        ),
        (
            "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}",
            "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}",
        ),
        ("abc_123_def", "abc_123_def"),
    ];
    for (input, want) in cases {
        assert_eq!(snakecase(input), want, "snakecase {input:?}");
        assert_eq!(
            kebabcase(input),
            want.replace('_', "-"),
            "kebabcase {input:?}"
        );
    }
}

/// huandu/xstrings v1.5's table for ToPascalCase (Sprig's `camelcase`).
#[test]
fn xstrings_pascal_table() {
    let cases = [
        ("http_server", "HttpServer"),
        ("_camel_case", "_CamelCase"),
        ("no_https", "NoHttps"),
        ("_complex__case_", "_Complex_Case_"),
        (" complex -case ", " Complex Case "),
        ("all", "All"),
        ("GOLANG_IS_GREAT", "GolangIsGreat"),
        ("GOLANG", "Golang"),
        ("a", "A"),
        ("好", "好"),
        (
            "FROM CamelCase to snake/kebab-case",
            "FromCamelCaseToSnake/kebabCase",
        ),
        ("", ""),
        ("some words", "SomeWords"),
        ("hello-world", "HelloWorld"),
        ("HELLO", "Hello"),
        ("helloWORLD", "HelloWORLD"),
        ("some_1_thing", "Some1Thing"),
        ("1_abc", "1Abc"),
        ("abc_1", "Abc1"),
        ("v1_2v", "V12v"),
        ("a__b", "A_B"),
        ("a  b", "A B"),
        ("1_2", "12"),
        ("_a_B_", "_AB_"),
        ("中文_测试", "中文测试"),
    ];
    for (input, want) in cases {
        assert_eq!(camelcase(input), want, "camelcase {input:?}");
    }
}
