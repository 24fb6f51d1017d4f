#!/usr/bin/env bash
# Runs the system locally: builds it, makes sure PostgreSQL and the service databases exist, starts Keycloak (the
# OIDC provider, realm deploy/keycloak/enforcement-realm.json) and case-service, operation-service and stats-service
# as its resource servers, loads the demo data (the two operations of DOMAIN.md, through the public APIs, signed in
# as the demo users; loading again creates nothing), prints the Swagger UI links, the dashboard link and a token per
# role, and stays in the foreground until Ctrl-C (or TERM), which stops the services and Keycloak cleanly. The data
# stays in the databases; Keycloak keeps nothing (in-memory, the realm is imported at each start).
#
# Keycloak: org.keycloak:keycloak-quarkus-dist is fetched once through Maven (cached in ~/.m2, unpacked under
# deploy/local/.run) and started with `kc.sh start-dev` on a Java 21+ JDK: KEYCLOAK_JAVA_HOME, else the default java
# if it is 21 or newer, else the newest JDK 21+ under /usr/lib/jvm. With OIDC_AUTH_SERVER_URL set, that provider is
# used instead and no Keycloak is started (the demo data then need the demo users of the realm file there).
#
# PostgreSQL: a reachable server is used as it is; an installed but stopped local cluster is started; with no local
# cluster installed but a working `docker compose`, the postgres service of deploy/compose/docker-compose.yml is
# started (on 127.0.0.1:$DB_PORT, password POSTGRES_PASSWORD or its default). Otherwise the script says what to
# install.
#
# Environment (all optional):
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD   PostgreSQL (default 127.0.0.1:5432, user postgres, no password;
#                                            PGHOST, PGPORT, PGUSER, PGPASSWORD are used when DB_* are unset)
#   CASE_DB_NAME, OPERATION_DB_NAME, STATS_DB_NAME   databases (default enforcement_case, enforcement_operation,
#                                            enforcement_stats; created if missing)
#   DB_APP_USER, DB_APP_PASSWORD             the role the services connect as: owns no tables, may only read and
#                                            write rows (default enforcement_app / enforcement-app-dev; created if
#                                            missing, its password set). Flyway migrates as DB_OWNER_USER /
#                                            DB_OWNER_PASSWORD (default DB_USER / DB_PASSWORD), which owns the tables.
#   CASE_SERVICE_PORT, OPERATION_SERVICE_PORT, STATS_SERVICE_PORT   HTTP ports (default 8081, 8082, 8083)
#   CASE_SERVICE_MANAGEMENT_PORT, OPERATION_SERVICE_MANAGEMENT_PORT, STATS_SERVICE_MANAGEMENT_PORT
#                                            management ports: health, metrics, OpenAPI, Swagger UI (default 9081,
#                                            9082, 9083)
#   SKIP_BUILD=1                             start the jar already built instead of building first
#   STARTUP_TIMEOUT                          seconds to wait for the service to become ready (default 180)
#   DEMO_DATA=0                              do not load the demo data
#   OIDC_AUTH_SERVER_URL                     a running OIDC provider's realm URL; unset: start Keycloak
#   OIDC_AUDIENCE                            audience the services require (default enforcement)
#   KEYCLOAK_PORT                            Keycloak's HTTP port (default 8180)
#   KEYCLOAK_JAVA_HOME                       the JDK (21+) that runs Keycloak
#   KEYCLOAK_ADMIN_PASSWORD                  password of Keycloak's admin user "admin" (default admin; master realm)
#   OPERATION_SERVICE_CLIENT_SECRET, STATS_SERVICE_CLIENT_SECRET   the services' client secrets (default: the dev
#                                            secrets of the realm file)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

# DB_* win; the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD) are honoured too.
export DB_HOST=${DB_HOST:-${PGHOST:-127.0.0.1}}
export DB_PORT=${DB_PORT:-${PGPORT:-5432}}
export DB_USER=${DB_USER:-${PGUSER:-postgres}}
export DB_PASSWORD=${DB_PASSWORD:-${PGPASSWORD:-}}
CASE_DB_NAME=${CASE_DB_NAME:-enforcement_case}
OPERATION_DB_NAME=${OPERATION_DB_NAME:-enforcement_operation}
STATS_DB_NAME=${STATS_DB_NAME:-enforcement_stats}
export CASE_SERVICE_PORT=${CASE_SERVICE_PORT:-8081}
export OPERATION_SERVICE_PORT=${OPERATION_SERVICE_PORT:-8082}
export STATS_SERVICE_PORT=${STATS_SERVICE_PORT:-8083}
export CASE_SERVICE_MANAGEMENT_PORT=${CASE_SERVICE_MANAGEMENT_PORT:-9081}
export OPERATION_SERVICE_MANAGEMENT_PORT=${OPERATION_SERVICE_MANAGEMENT_PORT:-9082}
export STATS_SERVICE_MANAGEMENT_PORT=${STATS_SERVICE_MANAGEMENT_PORT:-9083}
export CASE_SERVICE_URL=${CASE_SERVICE_URL:-http://localhost:$CASE_SERVICE_PORT}
export OPERATION_SERVICE_URL=${OPERATION_SERVICE_URL:-http://localhost:$OPERATION_SERVICE_PORT}
KEYCLOAK_VERSION=26.5.6
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
START_KEYCLOAK=false
if [ -z "${OIDC_AUTH_SERVER_URL:-}" ]; then
  START_KEYCLOAK=true
  OIDC_AUTH_SERVER_URL=http://localhost:$KEYCLOAK_PORT/realms/enforcement
fi
export OIDC_AUTH_SERVER_URL=${OIDC_AUTH_SERVER_URL%/}
export OIDC_AUDIENCE=${OIDC_AUDIENCE:-enforcement}
OPERATION_SERVICE_CLIENT_SECRET=${OPERATION_SERVICE_CLIENT_SECRET:-operation-service-dev-secret}
STATS_SERVICE_CLIENT_SECRET=${STATS_SERVICE_CLIENT_SECRET:-stats-service-dev-secret}
export OPERATION_SERVICE_CLIENT_SECRET STATS_SERVICE_CLIENT_SECRET # token.sh reads them too
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-180}
COURT=苏0804
RUN_DIR=$ROOT/deploy/local/.run
CASE_JAR=$ROOT/case-service/target/quarkus-app/quarkus-run.jar
OPERATION_JAR=$ROOT/operation-service/target/quarkus-app/quarkus-run.jar
STATS_JAR=$ROOT/stats-service/target/quarkus-app/quarkus-run.jar
DEMO_JAR=$ROOT/demo/target/enforcement-demo.jar

say() { printf '==> %s\n' "$*"; }
fail() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# --- prerequisites ------------------------------------------------------------------------------------------------
command -v java >/dev/null 2>&1 || fail "Java 17 is not installed (e.g. apt-get install openjdk-17-jdk-headless)."
command -v curl >/dev/null 2>&1 || fail "curl is not installed (apt-get install curl)."
for name in "$CASE_DB_NAME" "$OPERATION_DB_NAME" "$STATS_DB_NAME"; do
  [[ $name =~ ^[A-Za-z0-9_]+$ ]] || fail "database names must be plain identifiers (letters, digits, _): $name"
done

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_port_free() { # name port
  if port_in_use "$2"; then
    fail "port $2 is already in use (another $1?). Stop that process or set CASE_SERVICE_PORT / OPERATION_SERVICE_PORT / STATS_SERVICE_PORT (or their *_MANAGEMENT_PORT)."
  fi
}

# --- PostgreSQL -----------------------------------------------------------------------------------------------------
COMPOSE_FILE=$ROOT/deploy/compose/docker-compose.yml
USE_COMPOSE=false

postgres_reachable() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$DB_HOST" -p "$DB_PORT"
  else
    (exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") 2>/dev/null
  fi
}

compose_works() {
  [ -f "$COMPOSE_FILE" ] && command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1 \
    && docker info >/dev/null 2>&1
}

# Polls a check command once a second. The optional process (pid, log) must stay alive meanwhile: if it ends, its
# log tail is shown and the run fails. Returns 1 after the timeout (the log tail shown), so callers word the failure.
wait_for() { # description seconds pid-or-empty log-or-empty check-command...
  local what=$1 deadline=$((SECONDS + $2)) pid=$3 log=$4
  shift 4
  until "$@" 2>/dev/null; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$log" >&2 || true
      fail "$what exited during start-up; see $log"
    fi
    if [ $SECONDS -ge $deadline ]; then
      [ -z "$log" ] || tail -n 30 "$log" >&2 || true
      return 1
    fi
    sleep 1
  done
}

postgres_ready() {
  # Docker's port proxy accepts connections before the server inside is up: ask the container itself too.
  if $USE_COMPOSE && ! docker compose -f "$COMPOSE_FILE" exec -T postgres pg_isready -q -U postgres -d postgres \
    >/dev/null 2>&1; then
    return 1
  fi
  postgres_reachable
}

wait_for_postgres() { # seconds
  wait_for PostgreSQL "$1" "" "" postgres_ready
}

ensure_postgres() {
  if postgres_reachable; then
    return 0
  fi
  local local_host=false installed=false
  case "$DB_HOST" in 127.0.0.1 | localhost | ::1) local_host=true ;; esac
  if $local_host && command -v pg_lsclusters >/dev/null 2>&1; then
    [ -n "$(pg_lsclusters -h 2>/dev/null)" ] && installed=true
    local version
    version=$(pg_lsclusters -h | awk -v port="$DB_PORT" '$3 == port && $4 != "online" { print $1 " " $2; exit }')
    if [ -n "$version" ]; then
      say "starting the local PostgreSQL cluster $version"
      # shellcheck disable=SC2086 # "<version> <cluster>" are two arguments
      pg_ctlcluster --skip-systemctl-redirect $version start \
        || fail "could not start PostgreSQL cluster $version; start it yourself (sudo pg_ctlcluster $version start)."
      wait_for_postgres 30 && return 0
    fi
  fi
  # No local cluster at all: the compose file's postgres (127.0.0.1:5432) stands in for it.
  if $local_host && ! $installed && compose_works; then
    say "no local PostgreSQL installed: starting it with docker compose (${COMPOSE_FILE#"$ROOT"/}, service postgres)"
    POSTGRES_PORT=$DB_PORT docker compose -f "$COMPOSE_FILE" up -d postgres \
      || fail "docker compose could not start the postgres service of $COMPOSE_FILE."
    USE_COMPOSE=true
    # The container's postgres has a password (POSTGRES_PASSWORD, default enforcement-dev), not trust.
    export DB_PASSWORD=${DB_PASSWORD:-${POSTGRES_PASSWORD:-enforcement-dev}}
    wait_for_postgres 60 && return 0
    fail "the postgres container did not accept connections on $DB_HOST:$DB_PORT within 60 s; see: docker compose -f $COMPOSE_FILE logs postgres"
  fi
  fail "PostgreSQL is not reachable at $DB_HOST:$DB_PORT. Start it (sudo pg_ctlcluster 15 main start), install it (Debian/Ubuntu: sudo apt-get install postgresql), install Docker with the compose plugin (then this script starts deploy/compose/docker-compose.yml), or set DB_HOST/DB_PORT."
}

psql_admin() {
  if command -v psql >/dev/null 2>&1; then
    PGPASSWORD=$DB_PASSWORD psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -w -v ON_ERROR_STOP=1 -Atq "$@"
  elif $USE_COMPOSE; then
    docker compose -f "$COMPOSE_FILE" exec -T -e PGPASSWORD="$DB_PASSWORD" postgres \
      psql -U "$DB_USER" -d postgres -w -v ON_ERROR_STOP=1 -Atq "$@"
  else
    fail "psql is not installed (Debian/Ubuntu: sudo apt-get install postgresql-client); it creates the databases."
  fi
}

ensure_database() {
  local name=$1 exists
  exists=$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$name'" 2>&1) \
    || fail "cannot connect to PostgreSQL at $DB_HOST:$DB_PORT as $DB_USER: $exists (set DB_USER/DB_PASSWORD, or allow trust for 127.0.0.1 in pg_hba.conf)"
  if [ "$exists" != 1 ]; then
    say "creating database $name"
    psql_admin -c "CREATE DATABASE $name" >/dev/null
  fi
}

# --- database roles (issue 13) ----------------------------------------------------------------------------------
# The services connect as a role that owns no tables, so they cannot TRUNCATE, DROP, ALTER or CREATE; Flyway migrates
# as the owner and, after each migration, grants that role its rows (commons db/commons/afterMigrate.sql).
ensure_app_role() { # after ensure_postgres, which may set DB_PASSWORD (compose)
  export DB_OWNER_USER=${DB_OWNER_USER:-$DB_USER}
  export DB_OWNER_PASSWORD=${DB_OWNER_PASSWORD:-$DB_PASSWORD}
  export DB_APP_USER=${DB_APP_USER:-enforcement_app}
  export DB_APP_PASSWORD=${DB_APP_PASSWORD:-enforcement-app-dev}
  [[ $DB_APP_USER =~ ^[a-z_][a-z0-9_]*$ ]] || fail "DB_APP_USER must be a plain lower-case identifier: $DB_APP_USER"
  [ "$DB_APP_USER" != "$DB_OWNER_USER" ] || fail "DB_APP_USER must not be the owner ($DB_OWNER_USER)"
  local password=${DB_APP_PASSWORD//\'/\'\'}
  if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_APP_USER'")" != 1 ]; then
    say "creating the services' database role $DB_APP_USER"
    psql_admin -c "CREATE ROLE $DB_APP_USER LOGIN" >/dev/null
  fi
  # NOSUPERUSER etc.: a role someone created by hand with more rights would defeat the point.
  psql_admin -c "ALTER ROLE $DB_APP_USER LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '$password'" \
    >/dev/null
}

# --- services -----------------------------------------------------------------------------------------------------
PIDS=()
# The services' JVM options, shared with compose, Kubernetes and deploy/bench: one per line, '#' lines are comments.
JVM_OPTIONS=()
while IFS= read -r option || [ -n "$option" ]; do
  option=$(printf '%s' "$option" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//')
  case $option in '' | '#'*) ;; *) JVM_OPTIONS+=("$option") ;; esac
done <"$ROOT/deploy/service-jvm-options"

start_service() { # name port management-port jar database [client-secret]
  local name=$1 port=$2 management=$3 jar=$4 database=$5 secret=${6:-}
  [ -f "$jar" ] || fail "$jar is missing; run without SKIP_BUILD=1."
  check_port_free "$name" "$port"
  check_port_free "$name" "$management"
  say "starting $name on port $port (log: ${RUN_DIR#"$ROOT"/}/$name.log)"
  # Swagger UI is served from the management port, so its "Try it out" calls the API port from another origin:
  # allow that origin, on this local run only, and name the API port as the server (the contract's is "/").
  # A service that calls another signs in as its own client (client-credentials grant): same name as the service.
  local client=()
  [ -z "$secret" ] || client=(OIDC_CLIENT_ID="$name" OIDC_CLIENT_SECRET="$secret")
  # JVM options from deploy/service-jvm-options; an AppCDS archive from the build is used only when java starts in
  # its directory (the archive records quarkus-run.jar by that relative path).
  local dir cds=()
  dir=$(dirname "$jar")
  [ ! -f "$dir/app-cds.jsa" ] || cds=(-XX:SharedArchiveFile=app-cds.jsa)
  (cd "$dir" && exec env ${client[@]+"${client[@]}"} DB_NAME="$database" QUARKUS_HTTP_CORS_ENABLED=true \
    QUARKUS_HTTP_CORS_ORIGINS="http://localhost:$management" \
    QUARKUS_HTTP_CORS_EXPOSED_HEADERS=ETag,Location,Retry-After,Idempotent-Replayed \
    QUARKUS_SMALLRYE_OPENAPI_SERVERS="http://localhost:$port" \
    java ${JVM_OPTIONS[@]+"${JVM_OPTIONS[@]}"} ${cds[@]+"${cds[@]}"} -Dvertx.disableURIValidation=true \
    -jar quarkus-run.jar) >"$RUN_DIR/$name.log" 2>&1 &
  PIDS+=("$!")
  echo "$!" >"$RUN_DIR/$name.pid"
}

wait_ready() { # name management-port pid
  local name=$1 management=$2 pid=$3
  wait_for "$name" "$STARTUP_TIMEOUT" "$pid" "$RUN_DIR/$name.log" \
    curl -fsS -o /dev/null "http://localhost:$management/q/health/ready" \
    || fail "$name was not ready after ${STARTUP_TIMEOUT}s; see $RUN_DIR/$name.log"
}

stop_services() {
  trap - INT TERM EXIT
  local pid i
  if [ ${#PIDS[@]} -gt 0 ]; then
    say "stopping"
    for pid in "${PIDS[@]}"; do
      kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
      for i in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
      done
      if kill -0 "$pid" 2>/dev/null; then
        echo "process $pid did not stop within 30 s; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
      fi
      wait "$pid" 2>/dev/null || true
    done
    rm -f "$RUN_DIR"/*.pid
  fi
}

# --- Keycloak -------------------------------------------------------------------------------------------------------
KEYCLOAK_HOME=$RUN_DIR/keycloak-$KEYCLOAK_VERSION
REALM_FILE=$ROOT/deploy/keycloak/enforcement-realm.json
KEYCLOAK_PID=

java_major() { # java executable -> its feature version (8 for 1.8, 17, 25, ...)
  local version
  version=$("$1" -version 2>&1 | sed -n 's/.* version "\([0-9.]*\).*/\1/p' | head -n 1)
  version=${version#1.}
  echo "${version%%.*}"
}

# Keycloak 26 needs Java 21+, the services Java 17: find a second JDK rather than asking to switch the default.
keycloak_java_home() {
  local java best='' best_major=0 major
  if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then
    [ -x "$KEYCLOAK_JAVA_HOME/bin/java" ] || fail "KEYCLOAK_JAVA_HOME=$KEYCLOAK_JAVA_HOME has no bin/java."
    major=$(java_major "$KEYCLOAK_JAVA_HOME/bin/java")
    [ "${major:-0}" -ge 21 ] \
      || fail "KEYCLOAK_JAVA_HOME=$KEYCLOAK_JAVA_HOME is Java $major; Keycloak $KEYCLOAK_VERSION needs 21 or newer."
    echo "$KEYCLOAK_JAVA_HOME"
    return
  fi
  java=$(command -v java)
  major=$(java_major "$java")
  if [ "${major:-0}" -ge 21 ]; then
    java=$(readlink -f "$java")
    echo "${java%/bin/java}"
    return
  fi
  for java in /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    [ -x "$java" ] || continue
    major=$(java_major "$java")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=${java%/bin/java}
      best_major=$major
    fi
  done
  [ -n "$best" ] || fail "Keycloak $KEYCLOAK_VERSION needs Java 21 or newer beside the services' Java 17: install" \
    "one (e.g. apt-get install openjdk-21-jdk-headless) and, if it is not under /usr/lib/jvm, set" \
    "KEYCLOAK_JAVA_HOME; or set OIDC_AUTH_SERVER_URL to a running OIDC provider."
  echo "$best"
}

install_keycloak() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return 0
  say "fetching Keycloak $KEYCLOAK_VERSION (once: 164 MB through Maven into ~/.m2, unpacked into ${RUN_DIR#"$ROOT"/})"
  ./mvnw -B -q -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$RUN_DIR" || fail "could not fetch org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    "from Maven Central; or set OIDC_AUTH_SERVER_URL to a running OIDC provider."
  local zip=$RUN_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  rm -rf "$KEYCLOAK_HOME"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$RUN_DIR"
  else
    (cd "$RUN_DIR" && jar xf "$zip") # jar does not keep the executable bits
    chmod +x "$KEYCLOAK_HOME"/bin/*.sh
  fi
  rm -f "$zip" # Maven keeps a copy
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] || fail "$zip did not unpack into $KEYCLOAK_HOME"
}

start_keycloak() {
  local java_home
  java_home=$(keycloak_java_home)
  install_keycloak
  # In memory, the realm imported at every start: the realm file is the whole truth and nothing goes stale.
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/"
  say "starting Keycloak $KEYCLOAK_VERSION on port $KEYCLOAK_PORT (Java $(java_major "$java_home/bin/java")," \
    "realm enforcement; log: ${RUN_DIR#"$ROOT"/}/keycloak.log)"
  JAVA_HOME=$java_home KC_BOOTSTRAP_ADMIN_USERNAME=admin \
    KC_BOOTSTRAP_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-admin} \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --import-realm --db=dev-mem \
    >"$RUN_DIR/keycloak.log" 2>&1 &
  KEYCLOAK_PID=$!
  PIDS+=("$KEYCLOAK_PID")
  echo "$KEYCLOAK_PID" >"$RUN_DIR/keycloak.pid"
}

# The services read the provider's discovery document when they start: it must answer first.
wait_for_provider() {
  local discovery=$OIDC_AUTH_SERVER_URL/.well-known/openid-configuration
  if ! $START_KEYCLOAK; then
    curl -fsS -o /dev/null "$discovery" 2>/dev/null \
      || fail "the OIDC provider does not answer at $discovery (OIDC_AUTH_SERVER_URL); unset it to start Keycloak here."
    return 0
  fi
  wait_for Keycloak "$STARTUP_TIMEOUT" "$KEYCLOAK_PID" "$RUN_DIR/keycloak.log" curl -fsS -o /dev/null "$discovery" \
    || fail "Keycloak did not serve $discovery within ${STARTUP_TIMEOUT}s; see $RUN_DIR/keycloak.log"
}

# --- main -----------------------------------------------------------------------------------------------------------
mkdir -p "$RUN_DIR"
ensure_postgres
ensure_database "$CASE_DB_NAME"
ensure_database "$OPERATION_DB_NAME"
ensure_database "$STATS_DB_NAME"
ensure_app_role
check_port_free case-service "$CASE_SERVICE_PORT" # before spending a minute on the build
check_port_free operation-service "$OPERATION_SERVICE_PORT"
check_port_free stats-service "$STATS_SERVICE_PORT"
check_port_free case-service "$CASE_SERVICE_MANAGEMENT_PORT"
check_port_free operation-service "$OPERATION_SERVICE_MANAGEMENT_PORT"
check_port_free stats-service "$STATS_SERVICE_MANAGEMENT_PORT"
if $START_KEYCLOAK && port_in_use "$KEYCLOAK_PORT"; then
  fail "port $KEYCLOAK_PORT is already in use (another Keycloak?). Stop it, set KEYCLOAK_PORT, or use the running" \
    "provider: OIDC_AUTH_SERVER_URL=http://localhost:$KEYCLOAK_PORT/realms/enforcement"
fi

trap stop_services EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# Keycloak starts while the services build: both take a minute.
if $START_KEYCLOAK; then
  start_keycloak
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  say "building (./mvnw -B -DskipTests package with AppCDS; takes a minute or two; full log: ${RUN_DIR#"$ROOT"/}/build.log)"
  mkdir -p "$RUN_DIR"
  # One line per module as it is built; the whole log is kept, and its end shown if the build fails. The log is
  # created here, before tail starts: the background build's own redirection happens in the child, which may not
  # have run yet when tail opens the file ("tail: cannot open ... build.log", and no progress at all).
  : >"$RUN_DIR/build.log"
  # AppCDS (opt-in, off in CI): each service's build starts it once more to archive the classes it loads, which
  # saves start-up CPU here (README "Start-up").
  ./mvnw -B -DskipTests -Dquarkus.package.jar.appcds.enabled=true package >>"$RUN_DIR/build.log" 2>&1 &
  build_pid=$!
  trap 'kill "$build_pid" 2>/dev/null; exit 130' INT TERM # a background job would not see Ctrl-C itself
  tail -n +1 -f --pid="$build_pid" "$RUN_DIR/build.log" \
    | grep --line-buffered -E '^\[INFO\] Building .*\[[0-9]+/[0-9]+\]$|BUILD (SUCCESS|FAILURE)' \
    | sed -u 's/^\[INFO\] /    /' || true
  if ! wait "$build_pid"; then
    tail -n 40 "$RUN_DIR/build.log" >&2
    fail "the build failed; see ${RUN_DIR#"$ROOT"/}/build.log"
  fi
  trap 'exit 130' INT
  trap 'exit 143' TERM
fi

wait_for_provider
say "OIDC provider: $OIDC_AUTH_SERVER_URL"
start_service case-service "$CASE_SERVICE_PORT" "$CASE_SERVICE_MANAGEMENT_PORT" "$CASE_JAR" "$CASE_DB_NAME"
CASE_PID=${PIDS[-1]}
start_service operation-service "$OPERATION_SERVICE_PORT" "$OPERATION_SERVICE_MANAGEMENT_PORT" "$OPERATION_JAR" \
  "$OPERATION_DB_NAME" "$OPERATION_SERVICE_CLIENT_SECRET"
OPERATION_PID=${PIDS[-1]}
start_service stats-service "$STATS_SERVICE_PORT" "$STATS_SERVICE_MANAGEMENT_PORT" "$STATS_JAR" "$STATS_DB_NAME" \
  "$STATS_SERVICE_CLIENT_SECRET"
STATS_PID=${PIDS[-1]}
wait_ready case-service "$CASE_SERVICE_MANAGEMENT_PORT" "$CASE_PID"
wait_ready operation-service "$OPERATION_SERVICE_MANAGEMENT_PORT" "$OPERATION_PID"
wait_ready stats-service "$STATS_SERVICE_MANAGEMENT_PORT" "$STATS_PID"

BASE=http://localhost:$CASE_SERVICE_PORT
OPS=http://localhost:$OPERATION_SERVICE_PORT
STATS=http://localhost:$STATS_SERVICE_PORT
CASE_MGMT=http://localhost:$CASE_SERVICE_MANAGEMENT_PORT
OPS_MGMT=http://localhost:$OPERATION_SERVICE_MANAGEMENT_PORT
STATS_MGMT=http://localhost:$STATS_SERVICE_MANAGEMENT_PORT

# Percent-encodes UTF-8 text byte by byte for a URL (淮执·9号 → %E6%B7%AE%E6%89%A7%C2%B79%E5%8F%B7).
urlencode() {
  local LC_ALL=C s=$1 out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

if [ "${DEMO_DATA:-1}" != 0 ]; then
  if [ -f "$DEMO_JAR" ]; then
    say "loading the demo data (DEMO_DATA=0 skips this; loading again creates nothing)"
    java -jar "$DEMO_JAR" --case-url "$BASE" --operation-url "$OPS" --stats-url "$STATS" \
      --oidc-url "$OIDC_AUTH_SERVER_URL" \
      || echo "WARNING: the demo data could not be loaded completely (see above); the services keep running." >&2
  else
    echo "WARNING: $DEMO_JAR is missing (run without SKIP_BUILD=1); no demo data loaded." >&2
  fi
fi
cat <<EOF

Ready:
  case-service        $BASE       Swagger UI $CASE_MGMT/q/swagger-ui
  operation-service   $OPS       Swagger UI $OPS_MGMT/q/swagger-ui
  stats-service       $STATS       Swagger UI $STATS_MGMT/q/swagger-ui
  (the management ports also serve /q/openapi, /q/health/ready and /q/metrics; the API ports answer 404 for /q)
  Dashboard           $STATS/public/dashboard?campaign=$(urlencode 淮执·9号)

Tokens for court $COURT from $OIDC_AUTH_SERVER_URL (valid 1 h; get fresh ones with
deploy/local/token.sh <role> [court]; the demo users' password: ${DEMO_PASSWORD:-enforcement-demo}):
EOF
for role in clerk judge director officer observer integrator; do
  printf 'export %s_TOKEN=%s\n' "$(echo "$role" | tr '[:lower:]' '[:upper:]')" \
    "$(deploy/local/token.sh "$role" "$COURT" || echo '(none, see above)')"
done
cat <<EOF

Demo tokens of the other courts (Liangzhou 甘0602, the Gansu High Court 甘) and of the service account
stats-service (court *: every court's event feed):
export LIANGZHOU_JUDGE_TOKEN=$(deploy/local/token.sh judge 甘0602 || echo '(none)')
export LIANGZHOU_DIRECTOR_TOKEN=$(deploy/local/token.sh director 甘0602 || echo '(none)')
export GANSU_DIRECTOR_TOKEN=$(deploy/local/token.sh director 甘 || echo '(none)')
export ALL_COURTS_INTEGRATOR_TOKEN=$(deploy/local/token.sh integrator '*' || echo '(none)')
EOF
if $START_KEYCLOAK; then
  echo "Keycloak admin console: http://localhost:$KEYCLOAK_PORT/admin (admin / ${KEYCLOAK_ADMIN_PASSWORD:-admin})"
fi
cat <<EOF

Try:  curl -H "Authorization: Bearer \$JUDGE_TOKEN" $BASE/api/cases
      curl -H "Authorization: Bearer \$JUDGE_TOKEN" $OPS/api/operations
      curl -H "Authorization: Bearer \$DIRECTOR_TOKEN" "$STATS/api/metrics?campaign=$(urlencode 淮执·9号)&from=2023-02-02"
Press Ctrl-C to stop.
EOF

# Stay in the foreground until a service or Keycloak ends or we are interrupted (the traps stop the others).
set +e
wait -n "${PIDS[@]}"
status=$?
set -e
if [ $status -ne 0 ] && [ $status -lt 128 ]; then
  echo "a service exited with status $status; see the logs in $RUN_DIR" >&2
fi
exit "$status"
