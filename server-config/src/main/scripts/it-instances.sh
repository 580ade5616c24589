#!/usr/bin/env bash
# it-instances.sh start|stop <target-dir>
# it-instances.sh restart <target-dir> h2|pg   (stop and start one instance, keeping its database)
#
# The two Valor IVX instances the system tests (ear module, *IT) run against, started with the
# real ./valor so that the launcher itself is under test:
#   h2   VALOR_HOME=<target>/it-h2, http://localhost:18080, the embedded H2 file database
#   pg   VALOR_HOME=<target>/it-pg, http://localhost:19080, a PostgreSQL database of its own,
#        valor_it_<time>_<random>, created by start and dropped by stop
# Each instance starts from a new domain (so from an empty database); the unpacked Payara is kept
# between runs. start writes <target>/it-<db>/system-test.properties for failsafe
# (valor.it.jdbcUrl: where a test can look at the instance's database).
#
# Called by exec-maven-plugin in ear/pom.xml, pre-integration-test and post-integration-test.
# Environment: VALOR_IT_ADMIN_PASSWORD (required), VALOR_IT_BILLING_WEBHOOK_SECRET,
# VALOR_IT_H2_PORT / VALOR_IT_PG_PORT (default 18080 / 19080),
# PGHOST/PGPORT/PGUSER (default 127.0.0.1/5432/postgres, trust authentication).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
ACTION=${1:-}
TARGET=${2:-}
INSTANCE=${3:-}
[[ $ACTION == start || $ACTION == stop || ( $ACTION == restart && ( $INSTANCE == h2 || $INSTANCE == pg ) ) ]] \
  && [[ -n $TARGET ]] || { echo "usage: $0 start|stop <target-dir> | restart <target-dir> h2|pg" >&2; exit 2; }
mkdir -p "$TARGET"
TARGET=$(cd "$TARGET" && pwd)

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
H2_HOME=$TARGET/it-h2
PG_HOME=$TARGET/it-pg
H2_PORT=${VALOR_IT_H2_PORT:-18080}
PG_PORT=${VALOR_IT_PG_PORT:-19080}
# Remembers the database of the current run, for stop (and for a start after an aborted run).
DB_NAME_FILE=$TARGET/it-pg.database

log() { echo "[it-instances] $*"; }

# Runs ./valor for one instance with only the settings we mean: a developer's own VALOR_DB_URL,
# VALOR_EAR or VALOR_HOME must not leak into the tests.
# valor <home> <port> start|stop|prepare [NAME=value ...]
valor() {
  local home=$1 port=$2 command=$3; shift 3
  env -u VALOR_DB_URL -u VALOR_DB_USER -u VALOR_DB_PASSWORD -u VALOR_EAR \
    VALOR_HOME="$home" VALOR_HTTP_PORT="$port" VALOR_NO_BUILD=1 VALOR_READY_TIMEOUT=240 \
    VALOR_ADMIN_PASSWORD="${VALOR_IT_ADMIN_PASSWORD:-}" \
    VALOR_BILLING_WEBHOOK_SECRET="${VALOR_IT_BILLING_WEBHOOK_SECRET:-it-webhook-secret}" \
    "$@" "$REPO/valor" "$command"
}

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

drop_database() {
  [[ -f $DB_NAME_FILE ]] || return 0
  local db
  db=$(<"$DB_NAME_FILE")
  log "dropping database $db"
  # FORCE: a server that could not be stopped must not keep the database alive.
  psql_admin -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" && rm -f "$DB_NAME_FILE"
}

stop_instances() {
  local rc=0
  if [[ -d $H2_HOME/domains ]]; then log "stopping h2"; valor "$H2_HOME" "$H2_PORT" stop || rc=1; fi
  if [[ -d $PG_HOME/domains ]]; then log "stopping pg"; valor "$PG_HOME" "$PG_PORT" stop || rc=1; fi
  drop_database || rc=1
  return $rc
}

# Starts one instance in the background, its launcher output into <target>/it-<db>.start.log.
start_instance() {
  local name=$1 home=$2 port=$3; shift 3
  valor "$home" "$port" start "$@" >"$TARGET/it-$name.start.log" 2>&1 &
  STARTED_PIDS+=($!)
}

# valor.it.jdbcUrl: the instance's database; valor.it.restart: this script's restart command for
# the instance, space-separated, for the system test that restarts it under a running job.
write_properties() {
  printf 'valor.it.jdbcUrl=%s\nvalor.it.restart=%s restart %s %s\n' "$2" "$REPO/server-config/src/main/scripts/it-instances.sh" \
    "$TARGET" "$3" >"$1/system-test.properties"
}

# Stops one instance and starts it again with the settings start gave it (same domain, same database).
restart_instance() {
  local t0=$SECONDS
  if [[ $INSTANCE == h2 ]]; then
    valor "$H2_HOME" "$H2_PORT" stop
    valor "$H2_HOME" "$H2_PORT" start
  else
    local db
    db=$(<"$DB_NAME_FILE")
    valor "$PG_HOME" "$PG_PORT" stop
    valor "$PG_HOME" "$PG_PORT" start VALOR_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" VALOR_DB_USER="$PGUSER"
  fi
  log "$INSTANCE restarted in $((SECONDS - t0)) s"
}

start() {
  command -v psql >/dev/null || { echo "psql (postgresql-client) is needed for the PostgreSQL instance" >&2; exit 1; }
  pg_isready -q -h "$PGHOST" -p "$PGPORT" || { echo "PostgreSQL is not answering on $PGHOST:$PGPORT" >&2; exit 1; }

  # Left over from an aborted run (Ctrl-C between pre- and post-integration-test)?
  stop_instances || true
  # failsafe adds to an existing summary file: an earlier run's failures would fail this run's verify.
  rm -rf "$TARGET/failsafe-reports-h2" "$TARGET/failsafe-reports-pg"
  # A new domain each run: empty database, first deployment. Payara stays unpacked.
  rm -rf "$H2_HOME/domains" "$PG_HOME/domains"
  mkdir -p "$H2_HOME" "$PG_HOME"
  # Payara for each home, one after the other: two Maven processes at once would both download
  # the same 170 MB zip into an empty ~/.m2 (a fresh CI machine).
  valor "$H2_HOME" "$H2_PORT" prepare
  valor "$PG_HOME" "$PG_PORT" prepare

  local db
  db=valor_it_$(date +%Y%m%d%H%M%S)_$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
  psql_admin -c "CREATE DATABASE \"$db\""
  echo "$db" >"$DB_NAME_FILE"
  log "created database $db"

  write_properties "$H2_HOME" "jdbc:h2:$H2_HOME/domains/valor/data/valor;AUTO_SERVER=TRUE" h2
  write_properties "$PG_HOME" "jdbc:postgresql://$PGHOST:$PGPORT/$db?user=$PGUSER" pg

  local t0=$SECONDS rc=0 i
  # Then both instances at once: on two cores this is faster than one after the other.
  log "starting h2 (port $H2_PORT) and pg (port $PG_PORT) instances ..."
  STARTED_PIDS=()
  start_instance h2 "$H2_HOME" "$H2_PORT"
  start_instance pg "$PG_HOME" "$PG_PORT" \
    VALOR_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" VALOR_DB_USER="$PGUSER"
  for i in "${!STARTED_PIDS[@]}"; do wait "${STARTED_PIDS[$i]}" || rc=1; done
  for name in h2 pg; do
    sed "s/^/[$name] /" "$TARGET/it-$name.start.log"
  done
  if ((rc != 0)); then
    log "an instance did not start; stopping both"
    stop_instances || true
    exit 1
  fi
  log "both instances ready after $((SECONDS - t0)) s"
}

case $ACTION in
  start) start ;;
  stop)  stop_instances ;;
  restart) restart_instance ;;
esac
