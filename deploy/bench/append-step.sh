#!/usr/bin/env bash
# Issue 18: what the shared logs' append step costs the database, before and after V16_1, with the service out of
# the picture. pgbench runs the step as a request's last statement, 16 clients, one court (as deploy/bench's cases):
#   1. V15_1: append_at_commit locks the court's audit head and the outbox, and holds both through the commit;
#   2. V16_1 and V16_2 (the same function in PL/pgSQL): append_at_commit only inserts pending rows; one more
#      client runs sequence_appends() in a loop, as each replica's one sequencer round does (AppendSequencer).
# Then it checks that every appended audit entry and event reached the logs, once. A documented command, not in CI.
#
#   deploy/bench/append-step.sh      # BENCH_SECONDS (15) per run; DB_HOST, DB_PORT, DB_USER; BENCH_DB_PREFIX
set -euo pipefail

cd "$(dirname "$0")/../.."
MIGRATIONS=commons/src/main/resources/db/commons
SECONDS_PER_RUN=${BENCH_SECONDS:-15}
DB=${BENCH_DB_PREFIX:-enforcement_bench}_appends
export PGHOST=${DB_HOST:-127.0.0.1} PGPORT=${DB_PORT:-5432} PGUSER=${DB_USER:-postgres}
export PGOPTIONS='-c client_min_messages=warning'
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$MIGRATIONS/V0_1__infrastructure.sql" \
  -f "$MIGRATIONS/V15_1__appends_at_commit.sql" >/dev/null

# One audit entry and one event, as a payment appends them; each event gets its own id.
cat > "$WORK/append.sql" <<'SQL'
BEGIN;
SELECT append_at_commit(
  CAST('[{"court": "苏0804", "at": "2023-08-04T01:00:00Z", "actor": "clerk.wang", "roles": "clerk",
          "action": "PAYMENT_RECORDED", "resourceType": "Payment", "resourceId": "p-1", "detail": "1.23",
          "contentHash": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}]' AS jsonb),
  CAST('[{"eventId": "' || gen_random_uuid() || '", "type": "PaymentRecorded", "court": "苏0804",
          "caseId": "c-1", "aggregateType": "Case", "aggregateId": "c-1", "occurredAt": "2023-08-04T01:00:00Z",
          "payload": {"caseNumber": "(2023)苏0804执1号", "amount": "1.23", "channel": "ON_SITE"}}]' AS jsonb));
END;
SQL
echo 'SELECT sequence_appends();' > "$WORK/sequence.sql"

tps() { sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$1" | cut -d. -f1; }
transactions() { sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$1"; }

pgbench -n -c 16 -j 2 -T "$SECONDS_PER_RUN" -M prepared -f "$WORK/append.sql" "$DB" > "$WORK/locked.log" 2>&1
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$MIGRATIONS/V16_1__sequenced_appends.sql" >/dev/null
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$MIGRATIONS/V16_2__append_at_commit_in_plpgsql.sql" >/dev/null
pgbench -n -c 1 -T "$SECONDS_PER_RUN" -M prepared -f "$WORK/sequence.sql" "$DB" > "$WORK/sequencer.log" 2>&1 &
pgbench -n -c 16 -j 2 -T "$SECONDS_PER_RUN" -M prepared -f "$WORK/append.sql" "$DB" > "$WORK/pending.log" 2>&1
wait
psql -q -d "$DB" -c 'SELECT sequence_appends()' >/dev/null # what committed after the sequencer's last round

expected=$(( $(transactions "$WORK/locked.log") + $(transactions "$WORK/pending.log") ))
# The court's entries, in id order, must each link to the one before (both runs extend one chain).
read -r entries events pending broken < <(psql -At -F ' ' -d "$DB" -c "SELECT (SELECT count(*) FROM audit_entry),
  (SELECT count(DISTINCT event_id) FROM outbox_event),
  (SELECT count(*) FROM audit_pending) + (SELECT count(*) FROM outbox_pending),
  (SELECT count(*) FROM (SELECT previous_hash, lag(hash, 1, repeat('0', 64)) OVER (ORDER BY id) AS before
                         FROM audit_entry) AS links WHERE previous_hash <> before)")
echo "append step, 16 clients, one court, ${SECONDS_PER_RUN} s each (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "  V15_1 locks held through the commit:  $(tps "$WORK/locked.log") appends/s"
echo "  V16_1-2 pending rows + one sequencer: $(tps "$WORK/pending.log") appends/s" \
  "($(transactions "$WORK/sequencer.log") sequencer rounds)"
if [[ "$entries" == "$expected" && "$events" == "$expected" && "$pending" == 0 && "$broken" == 0 ]]; then
  echo "  exact: $expected appended, $entries audit entries in one unbroken chain, $events distinct events," \
    "none left pending"
else
  echo "  NOT exact: $expected appended, $entries audit entries ($broken broken links), $events distinct events," \
    "$pending pending" >&2
  exit 1
fi
psql -q -d postgres -c "DROP DATABASE $DB WITH (FORCE)"
