#!/usr/bin/env bash
# Benchmark of OCI registries: rhelm next to helm 4.1.4, on the CNCF distribution registries of
# the test environment (testenv/registry.sh; no control plane needed), each tool with its own
# helm home, both logged in to the TLS + htpasswd registry:
#   1. `pull oci://HOST/PATH/demo --version 0.2.0` (TLS + basic auth);
#   2. `template x oci://HOST/PATH/demo --version 0.2.0` with a warm content cache;
#   3. the same `template` with a version range (`~0.2`: the tag list is read first);
#   4. `template` from the plain-HTTP registry (`--plain-http`).
# helm downloads the chart blob every time for a tag; rhelm reads the manifest and takes the
# chart layer from its content cache when it has that digest.
# Prints median wall time and peak RSS per tool and the ratio.
# usage: bench/oci.sh [RUNS]     (default 10)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
runs=${1:-10}
. "$here/common.sh"
bench_build release

dir=$(mktemp -d /tmp/rhelm-bench-oci.XXXXXX)
stop() {
  for f in "$dir"/registry-*.pid; do [[ -f $f ]] && kill "$(cat "$f")" 2>/dev/null; done
  rm -rf "$dir"
}
trap stop EXIT
mkdir -p "$dir/pki" "$dir/logs"; touch "$dir/env"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=rhelm-bench-ca" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" -keyout "$dir/pki/ca.key" -out "$dir/pki/ca.crt" 2>/dev/null
"$root/testenv/registry.sh" start "$dir" "$dir/pki"
. "$dir/env"

# The demo chart in three versions, pushed by helm to both registries.
export HELM_CONFIG_HOME=$dir/home-helm/config HELM_CACHE_HOME=$dir/home-helm/cache HELM_DATA_HOME=$dir/home-helm/data
for v in 0.1.0 0.2.0 0.3.0; do "$helm" package "$root/examples/demo" --version "$v" -d "$dir/pkg" >/dev/null; done
tls=(--ca-file "$RHELM_TEST_OCI_CA")
for tool in helm rhelm; do
  bin=$helm; [[ $tool == rhelm ]] && bin=$rhelm
  HELM_CONFIG_HOME=$dir/home-$tool/config "$bin" registry login "$RHELM_TEST_OCI_HOST" \
    -u "$RHELM_TEST_OCI_USER" --password-stdin "${tls[@]}" <<<"$RHELM_TEST_OCI_PASSWORD" 2>/dev/null
done
for v in 0.1.0 0.2.0 0.3.0; do
  "$helm" push "$dir/pkg/demo-$v.tgz" "oci://$RHELM_TEST_OCI_HOST/charts" "${tls[@]}" 2>/dev/null
  "$helm" push "$dir/pkg/demo-$v.tgz" "oci://$RHELM_TEST_OCI_PLAIN_HOST/charts" --plain-http 2>/dev/null
done
chart=oci://$RHELM_TEST_OCI_HOST/charts/demo
plain=oci://$RHELM_TEST_OCI_PLAIN_HOST/charts/demo
for tool in helm rhelm; do
  bin=$helm; [[ $tool == rhelm ]] && bin=$rhelm
  export HELM_CONFIG_HOME=$dir/home-$tool/config HELM_CACHE_HOME=$dir/home-$tool/cache HELM_DATA_HOME=$dir/home-$tool/data
  mkdir -p "$dir/out-$tool"
  # Warm the content cache (and check that each form works).
  "$bin" template x "$chart" --version 0.2.0 "${tls[@]}" >/dev/null 2>&1
  "$bin" template x "$plain" --version 0.2.0 --plain-http >/dev/null 2>&1
done

bench_report "pull $chart --version 0.2.0 (TLS + basic auth), median of $runs" \
  "$(bench_one helm pull "$chart" --version 0.2.0 "${tls[@]}" -d "$dir/out-helm")" \
  "$(bench_one rhelm pull "$chart" --version 0.2.0 "${tls[@]}" -d "$dir/out-rhelm")"
bench_report "template x $chart --version 0.2.0, warm cache, median of $runs" \
  "$(bench_one helm template x "$chart" --version 0.2.0 "${tls[@]}")" \
  "$(bench_one rhelm template x "$chart" --version 0.2.0 "${tls[@]}")"
bench_report "template x $chart --version ~0.2 (tag list), warm cache, median of $runs" \
  "$(bench_one helm template x "$chart" --version '~0.2' "${tls[@]}")" \
  "$(bench_one rhelm template x "$chart" --version '~0.2' "${tls[@]}")"
bench_report "template x $plain --version 0.2.0 --plain-http, warm cache, median of $runs" \
  "$(bench_one helm template x "$plain" --version 0.2.0 --plain-http)" \
  "$(bench_one rhelm template x "$plain" --version 0.2.0 --plain-http)"
