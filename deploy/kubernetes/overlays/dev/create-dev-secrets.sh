#!/usr/bin/env bash
# Creates the key secrets of the dev overlay from the published development key pair (deploy/dev-keys), and the
# passwords of the services' database roles. Development only: anyone can mint tokens with that private key.
# Idempotent (re-applies the key secrets; keeps a role's password once made).
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
# The role each service connects as (a CloudNativePG managed role that owns no tables): a random password, made once.
for db in case operation stats; do
  if ! kubectl -n "$NAMESPACE" get secret "$db-db-service-role" >/dev/null 2>&1; then
    kubectl -n "$NAMESPACE" create secret generic "$db-db-service-role" --type=kubernetes.io/basic-auth \
      --from-literal=username="${db}_service_app" --from-literal=password="$(openssl rand -hex 24)"
  fi
  kubectl -n "$NAMESPACE" label secret "$db-db-service-role" cnpg.io/reload=true --overwrite >/dev/null
done
