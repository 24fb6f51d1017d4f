#!/usr/bin/env bash
# Creates the secrets of the dev overlay: the OIDC client secrets with the published development secrets of the
# realm deploy/keycloak/enforcement-realm.json (clients operation-service and stats-service), which
# components/keycloak imports, and the passwords of the services' database roles. Development only: anyone can read
# the client secrets in git. Idempotent (re-applies the client secrets; keeps a role's password once made).
set -euo pipefail

NAMESPACE=${NAMESPACE:-enforcement-dev}

kubectl get namespace "$NAMESPACE" >/dev/null 2>&1 || kubectl create namespace "$NAMESPACE"
# operation-service and stats-service sign in as their own clients (client-credentials grant) to call the others.
for client in operation-service stats-service; do
  kubectl -n "$NAMESPACE" create secret generic "$client-oidc-client" \
    --from-literal=client-secret="$client-dev-secret" --dry-run=client -o yaml | kubectl apply -f -
done
# The role each service connects as (a CloudNativePG managed role that owns no tables): a random password, made once.
for db in case operation stats; do
  if ! kubectl -n "$NAMESPACE" get secret "$db-db-service-role" >/dev/null 2>&1; then
    kubectl -n "$NAMESPACE" create secret generic "$db-db-service-role" --type=kubernetes.io/basic-auth \
      --from-literal=username="${db}_service_app" --from-literal=password="$(openssl rand -hex 24)"
  fi
  kubectl -n "$NAMESPACE" label secret "$db-db-service-role" cnpg.io/reload=true --overwrite >/dev/null
done
