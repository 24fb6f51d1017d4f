#!/usr/bin/env bash
# Creates the OIDC client secrets of the dev overlay with the published development secrets of the realm
# deploy/keycloak/enforcement-realm.json (clients operation-service and stats-service), which components/keycloak
# imports. Development only: anyone can read these secrets in git. Idempotent (re-applies the secrets).
set -euo pipefail

NAMESPACE=${NAMESPACE:-enforcement-dev}

kubectl get namespace "$NAMESPACE" >/dev/null 2>&1 || kubectl create namespace "$NAMESPACE"
# operation-service and stats-service sign in as their own clients (client-credentials grant) to call the others.
for client in operation-service stats-service; do
  kubectl -n "$NAMESPACE" create secret generic "$client-oidc-client" \
    --from-literal=client-secret="$client-dev-secret" --dry-run=client -o yaml | kubectl apply -f -
done
