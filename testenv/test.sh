#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what is missing, builds (or reuses from
# the cache) the control plane and the helm binaries, starts the control plane and PostgreSQL on
# 127.0.0.1, then runs rustfmt, clippy and every test against them. Stops everything on exit.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
t0=$SECONDS
"$here/install-deps.sh"
"$here/build.sh" >/dev/null
echo "[test] control-plane binaries ready after $((SECONDS - t0))s" >&2
. "$root/testenv/versions.sh"; export CARGO_TARGET_DIR=$RHELM_CARGO_TARGET
cd "$root"
# Tests have the checkout's path built in (env!("CARGO_MANIFEST_DIR")), and cargo reuses a test
# binary built in another checkout of the same sources when the cache is shared: after a move,
# the workspace's own crates are built again (the dependencies stay cached).
stamp=$CARGO_TARGET_DIR/rhelm-checkout-path
if [[ -f $stamp && $(<"$stamp") != "$root" ]]; then
  echo "[test] the cached build was made in $(<"$stamp"): rebuilding the workspace's crates" >&2
  cargo clean --release -p rhelm -p gostd -p gotemplate -p goyaml -p kready
fi
mkdir -p "$CARGO_TARGET_DIR" && printf '%s' "$root" > "$stamp"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo build --workspace --tests --release --locked
echo "[test] built after $((SECONDS - t0))s" >&2
dir=$(mktemp -d /tmp/rhelm-testenv.XXXXXX)
trap '"$here/stop.sh" "$dir"' EXIT
"$here/start.sh" "$dir"
. "$dir/env"
export RHELM_REQUIRE_TESTENV=1 RHELM_BIN=$CARGO_TARGET_DIR/release/rhelm
echo "[test] control plane up after $((SECONDS - t0))s" >&2
cargo test --workspace --release --locked
echo "[test] all tests passed in $((SECONDS - t0))s" >&2
