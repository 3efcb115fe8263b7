//! YAML as Helm reads and writes it: go-yaml v2 semantics (YAML 1.1 resolution, merge keys,
//! every number a float64 after the JSON round-trip) and go-yaml v2's output layout.
