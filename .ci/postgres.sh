# Sourced by .ci/run: starts a throwaway PostgreSQL server in a temporary
# directory, listening on a Unix socket only, for the store tests and the
# cross-process tests, and stops it when the run ends. The tests find it
# through IMMUNE_TEST_POSTGRES_URL; IMMUNE_TEST_POSTGRES=require makes a test
# that cannot reach it fail instead of skipping.

pg_find() {
  local d
  for d in "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")" /usr/local/bin \
           $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then
      echo "$d"; return 0
    fi
  done
  return 1
}

pgbin=$(pg_find || true)
if [ -z "$pgbin" ]; then
  echo "PostgreSQL programs not found: installing postgresql"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  pgbin=$(pg_find)
fi
echo "PostgreSQL: $("$pgbin/postgres" --version) in $pgbin"

pgdir=$(mktemp -d /tmp/immune-ci-pg.XXXXXX)
pg_runas=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb and postgres refuse to run as root
  pguser=postgres
  id "$pguser" >/dev/null 2>&1 || pguser=nobody
  chown "$pguser" "$pgdir"
  pg_runas=(setpriv --reuid="$(id -u "$pguser")" --regid="$(id -g "$pguser")" --clear-groups --)
fi
pg_run() { ${pg_runas[@]+"${pg_runas[@]}"} "$@"; }
pg_stop() {
  pg_run "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap pg_stop EXIT
(cd "$pgdir" && pg_run "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null)
(cd "$pgdir" && pg_run "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
  -o "-k $pgdir -c listen_addresses= -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null) || { cat "$pgdir/server.log"; exit 1; }
export IMMUNE_TEST_POSTGRES_URL="postgres:///postgres?host=$pgdir&user=postgres&sslmode=disable"
export IMMUNE_TEST_POSTGRES=require
