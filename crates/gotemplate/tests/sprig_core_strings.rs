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
