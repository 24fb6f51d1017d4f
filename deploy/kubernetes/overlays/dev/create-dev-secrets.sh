#!/usr/bin/env bash
# Creates the key secrets of the dev overlay from the published development key pair (deploy/dev-keys).
# Development only: anyone can mint tokens with that private key. Idempotent (re-applies the secrets).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
NAMESPACE=${NAMESPACE:-enforcement-dev}
KEYS=$ROOT/deploy/dev-keys

kubectl get namespace "$NAMESPACE" >/dev/null 2>&1 || kubectl create namespace "$NAMESPACE"
# The services verify tokens with the public key ...
kubectl -n "$NAMESPACE" create secret generic enforcement-jwt-public-key \
  --from-file=jwt-public.pem="$KEYS/jwt-public.pem" --dry-run=client -o yaml | kubectl apply -f -
# ... and operation-service / stats-service sign their service tokens with the private half, so case-service and
# operation-service accept them.
kubectl -n "$NAMESPACE" create secret generic enforcement-service-token-key \
  --from-file=signing-key.pem="$KEYS/jwt-private.pem" --dry-run=client -o yaml | kubectl apply -f -
