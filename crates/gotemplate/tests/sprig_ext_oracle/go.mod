module sprigextoracle

go 1.22

require github.com/Masterminds/semver/v3 v3.4.0

// Point this at a checkout of Masterminds/semver v3.4.0 (the version Helm 4 builds with)
// before running `go run .`; the generator needs no network.
replace github.com/Masterminds/semver/v3 => /tmp/sprigext/gosemver
