# Sourced by the benchmarks (which set `root`): the control-plane binaries, rhelm and helm, and
# a control plane of their own.

# Builds the test environment's binaries and rhelm with cargo profile $1 (`release` or `dist`);
# sets `rhelm` and `helm` (helm 4.1.4).
bench_build() {
  "$root/testenv/build.sh" >/dev/null
  . "$root/testenv/versions.sh"; export CARGO_TARGET_DIR=$RHELM_CARGO_TARGET
  (cd "$root" && cargo build --profile "$1" --locked --bin rhelm)
  rhelm=$CARGO_TARGET_DIR/$1/rhelm
  helm=$(ls -d "$HOME"/.cache/rhelm-testenv/*/bin/helm4 | head -1)/helm
}

# Starts a control plane (without PostgreSQL) in a fresh `dir`, stopped on exit, and loads its
# environment (KUBECONFIG, RHELM_HELM4, RHELM_KUBECTL, ...).
bench_start_env() {
  dir=$(mktemp -d /tmp/rhelm-bench.XXXXXX)
  trap '"$root/testenv/stop.sh" "$dir"' EXIT
  RHELM_TESTENV_POSTGRES=0 "$root/testenv/start.sh" "$dir"
  . "$dir/env"
}
