# PostgreSQL and Redis for local runs and tests: reuse DATABASE_URL / REDIS_URL when given,
# otherwise install (apt-get) what is missing and start what is stopped.
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
APT_UPDATED=""

apt_install() {
  if [ -z "$APT_UPDATED" ]; then
    echo "» apt-get update"
    $SUDO apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  echo "» apt-get install $*"
  # Containers have no init system: tell the packages not to start services themselves.
  DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

as_postgres() { if [ -z "$SUDO" ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

PG_OWNER=zhengcai_owner
PG_OWNER_PASSWORD=zhengcai_owner
PG_APP=zhengcai_app
PG_APP_PASSWORD=zhengcai_app
PG_DB=zhengcai

ensure_postgres() {
  if [ -n "${DATABASE_URL:-}" ]; then
    [ -n "${DATABASE_OWNER_URL:-}" ] || { echo "DATABASE_URL is set but DATABASE_OWNER_URL is not: migrations need the owner role's URL."; return 1; }
    echo "» using the PostgreSQL given by DATABASE_URL"
    return 0
  fi
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt_install postgresql postgresql-contrib
  fi
  local ver port status
  if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
    ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
    $SUDO pg_createcluster "$ver" main >/dev/null
  fi
  read -r ver _ port status _ < <(pg_lsclusters -h | sort -k1,1V | tail -1)
  if [ "$status" != "online" ]; then
    echo "» starting PostgreSQL $ver (port $port)"
    $SUDO pg_ctlcluster "$ver" main start
  fi
  for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 0.2; done
  pg_isready -q -h 127.0.0.1 -p "$port" || { echo "PostgreSQL did not become ready on port $port"; return 1; }

  # Two roles: the owner runs migrations; the app role owns nothing and cannot bypass RLS.
  as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_OWNER') THEN
    CREATE ROLE $PG_OWNER LOGIN CREATEDB PASSWORD '$PG_OWNER_PASSWORD';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_APP') THEN
    CREATE ROLE $PG_APP LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '$PG_APP_PASSWORD';
  END IF;
END \$\$;
SQL
  if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1; then
    as_postgres createdb -p "$port" -O "$PG_OWNER" "$PG_DB"
  fi
  export DATABASE_URL="postgres://$PG_APP:$PG_APP_PASSWORD@127.0.0.1:$port/$PG_DB"
  export DATABASE_OWNER_URL="postgres://$PG_OWNER:$PG_OWNER_PASSWORD@127.0.0.1:$port/$PG_DB"
}

ensure_redis() {
  if [ -n "${REDIS_URL:-}" ]; then
    echo "» using the Redis given by REDIS_URL"
    return 0
  fi
  export REDIS_URL="redis://127.0.0.1:6379"
  if ! command -v redis-server >/dev/null 2>&1; then
    apt_install redis-server
  fi
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    echo "» starting Redis on 127.0.0.1:6379"
    # Queues must never lose jobs to eviction.
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no \
      --maxmemory-policy noeviction >/dev/null
    for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || { echo "Redis did not start on 127.0.0.1:6379"; return 1; }
}
