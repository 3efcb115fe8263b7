#!/usr/bin/env bash
# The main job, from a fresh machine: starts the local control plane, deploys the demo chart
# with rhelm (`upgrade --install --atomic`, as a CI pipeline does), upgrades it with helm 4,
# shows the release with rhelm, tries an upgrade whose pods crash-loop (rhelm names the cause
# and rolls back at once), rolls back with rhelm (a dry run with diffs first), then shows helm
# reading the history rhelm wrote. Leaves the control plane running and prints how to use it
# and stop it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
"$here/install-deps.sh"
"$here/build.sh" >/dev/null
. "$root/testenv/versions.sh"; export CARGO_TARGET_DIR=$RHELM_CARGO_TARGET
(cd "$root" && cargo build --release --locked --bin rhelm)
rhelm=$CARGO_TARGET_DIR/release/rhelm
dir=${RHELM_DEMO_DIR:-/tmp/rhelm-demo}
"$here/start.sh" "$dir"
. "$dir/env"
ns=demo
"$RHELM_KUBECTL" create namespace "$ns" --dry-run=client -o yaml | "$RHELM_KUBECTL" apply -f - >/dev/null
show() { printf '\n$ %s\n' "$*"; "$@"; }
show "$rhelm" upgrade --install web "$root/examples/demo" -n "$ns" --atomic --timeout 90s --history-max 10
show "$RHELM_HELM4" upgrade web "$root/examples/demo" -n "$ns" --set message="hello again" --wait --timeout 90s
show "$rhelm" upgrade --install web "$root/examples/demo" -n "$ns" --atomic --timeout 90s \
  --reuse-values --set-string 'podLabels.rhelm\.test/not-ready=true' || echo "(exit $?: rolled back)"
show "$RHELM_KUBECTL" get deployment,pods -n "$ns"
for cmd in "list -n $ns" "history web -n $ns" "status web -n $ns" "get values web -n $ns"; do
  # Only commands rhelm has are shown (rhelm --help lists them).
  if "$rhelm" ${cmd%% *} --help >/dev/null 2>&1; then show "$rhelm" $cmd; fi
done
show "$rhelm" rollback web 1 -n "$ns" --dry-run
show "$rhelm" rollback web 1 -n "$ns" --wait --timeout 90s
show "$rhelm" history web -n "$ns"
show "$RHELM_HELM4" history web -n "$ns"
cat <<MSG

The control plane is still running. Use it with:
  source $dir/env     # KUBECONFIG, RHELM_HELM3, RHELM_HELM4, RHELM_KUBECTL
  $rhelm history web -n $ns
Stop it with: $here/stop.sh $dir
MSG
