#!/usr/bin/env bash
# Mints a development JWT (RS256, signed with deploy/dev-keys/jwt-private.pem) and prints only the token.
#
#   deploy/local/token.sh <role> [court] [user] [ttl-seconds]
#
#   role         clerk | judge | director | officer | observer | integrator
#   court        registered court code the caller acts for (default 苏0804); * mints a service account's token
#                (client_id = user) that acts for every court
#   user         subject and upn (default <role>.dev)
#   ttl-seconds  lifetime (default and maximum 28800 = 8 h: the services refuse a token valid for longer, see
#                enforcement.token.max-lifetime / JWT_MAX_LIFETIME)
#
# Environment: JWT_ISSUER (default https://enforcement.local/issuer), JWT_AUDIENCE (default enforcement),
# JWT_PRIVATE_KEY (default deploy/dev-keys/jwt-private.pem), JWT_MAX_LIFETIME_SECONDS (default 28800; raise it
# together with the services' JWT_MAX_LIFETIME).
# Only for local use: the private key is public, so these tokens prove nothing outside a dev setup.
set -euo pipefail

ROLES="clerk judge director officer observer integrator"
usage() {
  echo "usage: $0 <role> [court] [user] [ttl-seconds]   (role: ${ROLES// /, })" >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 4 ] || usage
role=$1
court=${2:-苏0804}
user=${3:-$role.dev}
ttl=${4:-28800}

case " $ROLES " in
  *" $role "*) ;;
  *) echo "unknown role '$role'" >&2; usage ;;
esac
max_ttl=${JWT_MAX_LIFETIME_SECONDS:-28800}
[[ $ttl =~ ^[0-9]{1,9}$ ]] && [ "$ttl" -gt 0 ] || { echo "ttl-seconds must be a positive whole number" >&2; usage; }
[ "$ttl" -le "$max_ttl" ] || { echo "ttl-seconds must be at most $max_ttl: the services refuse longer-lived tokens" >&2; usage; }
[ -n "$court" ] || { echo "court must not be empty" >&2; usage; }
if [[ $court$user =~ [[:cntrl:]] ]]; then echo "court and user must not contain control characters" >&2; usage; fi

here=$(cd "$(dirname "$0")" && pwd)
key=${JWT_PRIVATE_KEY:-$here/../dev-keys/jwt-private.pem}
[ -r "$key" ] || { echo "private key not readable: $key" >&2; exit 1; }
issuer=${JWT_ISSUER:-https://enforcement.local/issuer}
audience=${JWT_AUDIENCE:-enforcement}

# JSON string literal: escape backslash and double quote; other UTF-8 text (e.g. 苏0804) passes through as is.
json_string() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

# base64url without padding, over raw bytes (so UTF-8 is encoded byte for byte).
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
# Court * is for service accounts only (a client_id claim, as the client-credentials grant issues); a person's * is
# refused as unknown-court.
client_id=""
[ "$court" = "*" ] && client_id=",\"client_id\":$(json_string "$user")"
payload=$(printf '{"iss":%s,"aud":%s,"sub":%s,"upn":%s,"groups":[%s],"court":%s,"iat":%d,"exp":%d,"jti":"%s"%s}' \
  "$(json_string "$issuer")" "$(json_string "$audience")" "$(json_string "$user")" "$(json_string "$user")" \
  "$(json_string "$role")" "$(json_string "$court")" "$now" "$((now + ttl))" "$(openssl rand -hex 16)" "$client_id")

signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s\n' "$signing_input" "$signature"
