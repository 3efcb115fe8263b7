module sprigextoracle

go 1.22

require (
	github.com/Masterminds/semver/v3 v3.4.0
	github.com/shopspring/decimal v1.4.0
	github.com/spf13/cast v1.7.0
)

// Point these at checkouts of the versions Helm 4.1.4 builds with before running `go run .`
// (the generator needs no network; cast's go.mod may need its test-only requirement removed).
replace github.com/Masterminds/semver/v3 => /tmp/sprigext/gosemver

replace github.com/shopspring/decimal => /tmp/sprigext/godecimal

replace github.com/spf13/cast => /tmp/sprigext/gocast
