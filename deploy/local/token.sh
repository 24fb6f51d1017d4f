#!/usr/bin/env bash
# Gets an access token from the OIDC provider (locally: the Keycloak that deploy/local/run.sh starts, with the realm
# deploy/keycloak/enforcement-realm.json) and prints only the token.
#
#   deploy/local/token.sh <role> [court] [user]
#
#   role    clerk | judge | director | officer | observer | integrator
#   court   court code (default 苏0804): the demo user of that role and court signs in (table below). 甘0602 is
#           Liangzhou, 甘 the Gansu High Court. integrator with court * is a service account (client-credentials
#           grant of client stats-service, or of the client named as user: operation-service).
#   user    another user of the realm instead of the demo user; the token must still carry role and court.
#
# People sign in with the password grant of the public client enforcement-cli. The provider decides the claims
# (groups, court, preferred_username) and the lifetime (1 h in the local realm), not this script.
#
# Environment: OIDC_AUTH_SERVER_URL (default http://localhost:8180/realms/enforcement), DEMO_PASSWORD (the demo
# users' password, default enforcement-demo), OIDC_CLI_CLIENT_ID (default enforcement-cli),
# OPERATION_SERVICE_CLIENT_SECRET, STATS_SERVICE_CLIENT_SECRET (defaults: the dev secrets of the realm file).
# The passwords and secrets of the realm file are published: local use only.
set -euo pipefail

ROLES="clerk judge director officer observer integrator"
usage() {
  echo "usage: $0 <role> [court] [user]   (role: ${ROLES// /, }; court default 苏0804)" >&2
  exit 2
}

[ $# -ge 1 ] || usage
if [ $# -gt 3 ]; then
  echo "too many arguments: the token's lifetime is the provider's (1 h in the local realm), not a parameter" >&2
  usage
fi
role=$1
court=${2:-苏0804}
user=${3:-}

case " $ROLES " in
  *" $role "*) ;;
  *) echo "unknown role '$role'" >&2; usage ;;
esac
[ -n "$court" ] || { echo "court must not be empty" >&2; usage; }
if [[ $court$user =~ [[:cntrl:]] ]]; then echo "court and user must not contain control characters" >&2; usage; fi

# The demo users of deploy/keycloak/enforcement-realm.json, by court and role.
demo_user() { # role court
  case "$2:$1" in
    苏0804:clerk) echo clerk.wang ;;
    苏0804:judge) echo judge.chen ;;
    苏0804:director) echo director.liu ;;
    苏0804:officer) echo officer.zhao ;;
    苏0804:observer) echo observer.sun ;;
    苏0804:integrator) echo system.huaiyin ;;
    甘0602:clerk) echo clerk.ma ;;
    甘0602:judge) echo judge.yang ;;
    甘0602:director) echo director.li ;;
    甘0602:officer) echo officer.wang ;;
    甘0602:observer) echo observer.zhang ;;
    甘0602:integrator) echo system.liangzhou ;;
    甘:director) echo director.gs ;;
    甘:observer) echo observer.gs ;;
    *) return 1 ;;
  esac
}

issuer=${OIDC_AUTH_SERVER_URL:-http://localhost:8180/realms/enforcement}
issuer=${issuer%/}

# --data-urlencode encodes UTF-8 byte for byte; -w appends the status so errors can be told apart.
post_form() { # url, then --data-urlencode arguments
  local url=$1
  shift
  curl -sS -X POST "$url" -H 'Accept: application/json' -w '\n%{http_code}' "$@"
}

json_field() { # name: a string field of the one-line JSON on stdin
  sed -n 's/.*"'"$1"'" *: *"\([^"]*\)".*/\1/p'
}

discovery=$(curl -sS --max-time 10 "$issuer/.well-known/openid-configuration" 2>/dev/null) || {
  echo "No OIDC provider answers at $issuer. Start Keycloak with deploy/local/run.sh (it starts everything), or set" \
    "OIDC_AUTH_SERVER_URL to the realm of a running provider." >&2
  exit 1
}
token_endpoint=$(printf '%s' "$discovery" | json_field token_endpoint)
[ -n "$token_endpoint" ] || {
  echo "$issuer/.well-known/openid-configuration is no OIDC discovery document (wrong OIDC_AUTH_SERVER_URL?)" >&2
  exit 1
}

if [ "$role" = integrator ] && [ "$court" = '*' ]; then
  client=${user:-stats-service}
  case "$client" in
    stats-service) secret=${STATS_SERVICE_CLIENT_SECRET:-stats-service-dev-secret} ;;
    operation-service) secret=${OPERATION_SERVICE_CLIENT_SECRET:-operation-service-dev-secret} ;;
    *) echo "court * is for the service accounts operation-service and stats-service only, not '$client'" >&2; usage ;;
  esac
  what="service account $client"
  reply=$(post_form "$token_endpoint" --data-urlencode grant_type=client_credentials \
    --data-urlencode "client_id=$client" --data-urlencode "client_secret=$secret")
else
  if [ -z "$user" ]; then
    user=$(demo_user "$role" "$court") || {
      echo "no demo user is $role at court $court (demo courts: 苏0804 and 甘0602 every role, 甘 director and" \
        "observer); name a user of the realm as third argument" >&2
      exit 2
    }
  fi
  what="user $user"
  reply=$(post_form "$token_endpoint" --data-urlencode grant_type=password \
    --data-urlencode "client_id=${OIDC_CLI_CLIENT_ID:-enforcement-cli}" --data-urlencode "username=$user" \
    --data-urlencode "password=${DEMO_PASSWORD:-enforcement-demo}" --data-urlencode scope=openid)
fi
status=${reply##*$'\n'}
body=${reply%$'\n'*}
if [ "$status" != 200 ]; then
  echo "$issuer refused a token for $what (HTTP $status): $(printf '%s' "$body" | json_field error_description)" >&2
  exit 1
fi
token=$(printf '%s' "$body" | json_field access_token)

# The provider decides the claims: make sure they are what was asked for.
payload=$(printf '%s' "$token" | cut -d. -f2 | tr '_-' '/+')
while [ $((${#payload} % 4)) -ne 0 ]; do payload+='='; done
claims=$(printf '%s' "$payload" | base64 -d 2>/dev/null || true)
if ! printf '%s' "$claims" | grep -q '"court":"'"$court"'"' \
  || ! printf '%s' "$claims" | grep -Eq '"groups":\[[^]]*"'"$role"'"'; then
  echo "the token of $what is not $role at court $court: $(printf '%s' "$claims" \
    | grep -oE '"(groups|court)":(\[[^]]*\]|"[^"]*")' | tr '\n' ' ')" >&2
  exit 1
fi
printf '%s\n' "$token"
