# Sourced by bench/run.sh: PostgreSQL 15 as a peer, in a cluster of its own in a temporary
# directory, reached by a Unix socket only, stopped on exit. Full-text search as
# PostgreSQL's documentation sets it up: to_tsvector('danish') in a stored column, a GIN
# index, ts_rank for the order, GROUP BY for facet counts.
#   pg_start DIR          initdb and start (as the postgres user when run as root)
#   pg_load TSV           create the table, COPY the rows, build the tsvector column and index
#   pg_size_mb            the table with its indexes and TOAST, in MB
#   pg_latency NAME SQL   "p50 p90 p99" in ms of SQL (a transaction) over pgbench, 1 client
#   pg_stop
# install_postgres installs the server through run.sh's apt_install when it is missing.
pg_bin=/usr/lib/postgresql/15/bin

install_postgres() {
  [ -x "$pg_bin/postgres" ] && command -v pgbench >/dev/null && return
  apt_install postgresql-15 postgresql-client-15
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  pg_dir=$1
  mkdir -p "$pg_dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U bench --no-sync >/dev/null
  # Memory as a dedicated server would be given it on this machine; durability as shipped.
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w start \
    -o "-k $pg_dir -c listen_addresses='' -c shared_buffers=2GB -c work_mem=64MB -c maintenance_work_mem=1GB" >/dev/null
  psql_cmd=(psql -X -q -h "$pg_dir" -U bench -d postgres -v ON_ERROR_STOP=1)
}

pg_stop() {
  [ -n "${pg_dir:-}" ] && [ -d "$pg_dir/data" ] && as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1
  return 0
}

pg_load() {
  local tsv=$1
  chmod a+r "$tsv"
  "${psql_cmd[@]}" <<SQL
CREATE TABLE items (id text PRIMARY KEY, cluster text, body text, region text, forum text, type text,
                    kind text, year text, date date, decisions text[], topics text[], projects text[],
                    title text, text text);
\copy items FROM '$tsv'
ALTER TABLE items ADD COLUMN tsv tsvector GENERATED ALWAYS AS
  (setweight(to_tsvector('danish', coalesce(title, '')), 'A') || to_tsvector('danish', coalesce(text, ''))) STORED;
CREATE INDEX items_tsv ON items USING GIN (tsv);
CREATE INDEX items_date ON items (date);
VACUUM ANALYZE items;
SQL
}

pg_size_mb() {
  "${psql_cmd[@]}" -At -c "SELECT round(pg_total_relation_size('items') / 1048576.0, 1)"
}

pg_scalar() { "${psql_cmd[@]}" -At -c "$1"; }

pg_latency() {
  local name=$1 sql=$2 dir
  dir=$(mktemp -d -p "$pg_dir")
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  printf '%s\n' "$sql" > "$dir/query.sql"
  chmod a+r "$dir/query.sql"
  (cd "$dir" && as_pg pgbench -n -h "$pg_dir" -U bench -c 1 -T "${PG_SECONDS:-10}" -f query.sql --log postgres </dev/null >/dev/null 2>&1)
  # pgbench's log: one line per transaction, the third field its latency in µs.
  cat "$dir"/pgbench_log.* 2>/dev/null | awk '{ print $3 / 1000 }' | sort -n |
    awk 'function at(q,  i) { i = int(NR * q) + 1; if (i > NR) i = NR; return t[i] }
         { t[NR] = $1 }
         END { if (NR == 0) { print "- - -"; exit } printf "%.3f %.3f %.3f", at(0.5), at(0.9), at(0.99) }'
  rm -rf "$dir"
}
