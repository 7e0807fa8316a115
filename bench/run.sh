#!/usr/bin/env bash
# The benchmark of Referatsøg at one archive size: indexing, queries in-process and over
# HTTP, each against its peers, all measured in this one run, printed as one table.
#   bench/run.sh [SIZE]   SIZE: 10k (default), 100k, 1m, or a number of agenda items
# The archive is generated (bench/corpus_generator: seeded, every layout and format).
# Peers, installed from Debian's packages when missing:
#   indexing  Omega's omindex (Danish stemmer) on the same files; PostgreSQL 15 loading the
#             same items (it is given them parsed, as rows: to_tsvector('danish') + GIN)
#   queries   plain Xapian on the same index (QueryParser, top 10; ValueCountMatchSpy for
#             three facets), PostgreSQL (ts_rank top 10; GROUP BY for every facet)
#   HTTP      searchd under wrk at 1, 8 and 64 connections
# Environment: BUILD_DIR (build), ROUNDS (query rounds, 100), SECONDS_PER_RUN (wrk and
# pgbench seconds per measurement, 10), KEEP=1 keeps the work folder.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-10k}
if ! [[ $size =~ ^[0-9]+[kKmM]?$ ]]; then
  echo "bench/run.sh: SIZE is 10k, 100k, 1m or a number of items, not \"$size\"" >&2
  exit 2
fi
case "$size" in
  *[kK]) items=$((${size%[kK]} * 1000)) ;;
  *[mM]) items=$((${size%[mM]} * 1000000)) ;;
  *) items=$size ;;
esac
build=${BUILD_DIR:-build}
rounds=${ROUNDS:-100}
export PG_SECONDS=${SECONDS_PER_RUN:-10}
work=$(mktemp -d -p "${TMPDIR:-/tmp}" referatsog-bench.XXXXXX)
chmod 755 "$work"
source bench/postgres_peer.sh
cleanup() {
  [ -n "${searchd_pid:-}" ] && kill "$searchd_pid" 2>/dev/null
  pg_stop
  [ "${KEEP:-0}" = 1 ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

# Peers missing from a fresh machine come from Debian's packages (the lists updated once).
apt_updated=0
apt_install() {
  echo "installing $* for the peers"
  [ "$apt_updated" = 1 ] || { apt-get update -qq >/dev/null; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
command -v omindex >/dev/null || apt_install xapian-omega
command -v wrk >/dev/null || apt_install wrk
[ -x /usr/bin/time ] || apt_install time
command -v bc >/dev/null || apt_install bc
command -v curl >/dev/null || apt_install curl
install_postgres
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target indexer searchd generate_corpus query_bench pg_rows >/dev/null

echo "generating $items items"
"$build/bench/generate_corpus" --items "$items" --seed 1 --out "$work/corpus"
corpus_mb=$(du -sm "$work/corpus" | cut -f1)
files=$(find "$work/corpus" -type f | wc -l)

# seconds and peak resident MB of a command ("S MB"), its output to $work/NAME.out
timed() {
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.out" 2>&1 || { cat "$work/$name.out" >&2; exit 1; }
  awk '{ printf "%s %.0f", $1, $2 / 1024 }' "$work/$name.time"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0 || a == "-" || b == "-") print "-"; else printf "%.2f", a / b }'; }

echo "indexing: referatsog"
read -r rs_s rs_mb <<<"$(timed rs "$build/indexer/indexer" build --index "$work/rs" --jobs 0 --quiet "$work/corpus")"
echo "indexing: omindex"
read -r om_s om_mb <<<"$(timed om omindex --db "$work/omega" --url / --stemmer=danish \
  --mime-type=md:text/plain --mime-type=markdown:text/plain "$work/corpus")"
echo "indexing: postgresql (rows exported from the index first, not timed)"
"$build/bench/pg_rows" --index "$work/rs" >"$work/items.tsv"
pg_start "$work/pg"
pg_start_time=$(date +%s.%N)
pg_load "$work/items.tsv"
pg_s=$(echo "$(date +%s.%N) - $pg_start_time" | bc)
indexed=$(pg_scalar "SELECT count(*) FROM items")
rs_size=$(du -sm "$work/rs" | cut -f1)
om_size=$(du -sm "$work/omega" | cut -f1)
pg_size=$(pg_size_mb)

echo "queries in-process ($rounds rounds each)"
"$build/bench/query_bench" --index "$work/rs" --rounds "$rounds" --tsv >"$work/queries.tsv"
rare=$(awk -F'\t' '$1 == "rare term" { print $2 }' "$work/queries.tsv")
cluster=$(pg_scalar "SELECT cluster FROM items WHERE cluster <> '' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
ranked() { # a ts_rank top 10 for tsquery $1, with a condition $2 and an order $3
  echo "SELECT id, ts_rank(tsv, q) AS rank FROM items, $1 q WHERE tsv @@ q ${2:-} ORDER BY ${3:-rank DESC} LIMIT 10;"
}
facets_sql() { # exact multi-select counts for every facet, decision=godkendt selected
  local q="plainto_tsquery('danish', 'kommune')" sel="AND 'godkendt' = ANY(decisions)"
  echo "SELECT count(*) FROM items WHERE tsv @@ $q $sel;"
  for f in cluster body region forum type kind year; do
    echo "SELECT $f, count(*) FROM items WHERE tsv @@ $q $sel GROUP BY 1;"
  done
  echo "SELECT v, count(*) FROM items, unnest(decisions) v WHERE tsv @@ $q GROUP BY 1;"
  for f in topics projects; do
    echo "SELECT v, count(*) FROM items, unnest($f) v WHERE tsv @@ $q $sel GROUP BY 1;"
  done
}
declare -A pg_sql=(
  ["rare term"]=$(ranked "plainto_tsquery('danish', '$rare')")
  ["common term"]=$(ranked "plainto_tsquery('danish', 'kommune')")
  ["two-term AND"]=$(ranked "plainto_tsquery('danish', 'demens kommune')")
  ["phrase"]=$(ranked "phraseto_tsquery('danish', 'kom trygt hjem')")
  ["filtered"]=$(ranked "plainto_tsquery('danish', 'kommune')" "AND cluster = '${cluster//\'/\'\'}'")
  ["sorted newest"]=$(ranked "plainto_tsquery('danish', 'kommune')" "" "date DESC")
  ["faceted"]="$(ranked "plainto_tsquery('danish', 'kommune')" "AND 'godkendt' = ANY(decisions)")
$(facets_sql)"
)
echo "queries on postgresql ($PG_SECONDS s each)"
declare -A pg_time
while IFS=$'\t' read -r name _; do pg_time[$name]=$(pg_latency "$name" "${pg_sql[$name]}"); done <"$work/queries.tsv"

echo "HTTP: searchd under wrk"
"$build/searchd/searchd" --index "$work/rs" --listen 127.0.0.1:0 --threads 2 >"$work/searchd.out" 2>/dev/null &
searchd_pid=$!
for _ in $(seq 100); do grep -q listening "$work/searchd.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/^searchd listening on //p' "$work/searchd.out")
url="$base/api/search?q=kommune&decision=godkendt"
# The first search after a start builds the facet columns; it is timed on its own, then
# the runs measure the warm server, as query_bench warms each query once.
cold_ms=$(curl -s -o /dev/null -w '%{time_total}' "$url" | awk '{ printf "%.1f", $1 * 1000 }')
declare -A http
for c in 1 8 64; do
  threads=$((c < 2 ? 1 : 2))
  wrk -t"$threads" -c"$c" -d"${PG_SECONDS}s" --timeout 10s --latency "$url" >"$work/wrk$c.out"
  http[$c]=$(awk '/Requests\/sec/ { rps = $2 }
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "90%" { p90 = ms($2) } $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f %.2f", rps, p50, p90, p99 }' "$work/wrk$c.out")
done

# ---- the table ----
echo
echo "Referatsøg benchmark, $(date -u +%Y-%m-%d), $(nproc) cores: $indexed items in $files files ($corpus_mb MB)"
echo
printf "%-22s %12s %12s %12s %10s %10s\n" "indexing" "referatsog" "omindex" "postgresql" "rs/omega" "rs/pg"
printf "%-22s %12.1f %12.1f %12.1f %10s %10s\n" "seconds" "$rs_s" "$om_s" "$pg_s" "$(ratio "$rs_s" "$om_s")" "$(ratio "$rs_s" "$pg_s")"
printf "%-22s %12.0f %12.0f %12.0f\n" "items/s" "$(ratio "$indexed" "$rs_s")" "$(ratio "$indexed" "$om_s")" "$(ratio "$indexed" "$pg_s")"
printf "%-22s %12.2f %12.2f %12s\n" "MB/s (files)" "$(ratio "$corpus_mb" "$rs_s")" "$(ratio "$corpus_mb" "$om_s")" "-"
printf "%-22s %12s %12s %12s %10s %10s\n" "index size, MB" "$rs_size" "$om_size" "$pg_size" "$(ratio "$rs_size" "$om_size")" "$(ratio "$rs_size" "$pg_size")"
printf "%-22s %12s %12s %12s\n" "peak memory, MB" "$rs_mb" "$om_mb" "(server)"
echo
printf "%-16s %8s  %-20s  %-20s  %-20s %8s %8s\n" "query (ms)" "hits" "referatsog p50/90/99" "xapian p50/90/99" "postgresql p50/90/99" "rs/xap" "rs/pg"
while IFS=$'\t' read -r name query hits r50 r90 r99 x50 x90 x99; do
  read -r g50 g90 g99 <<<"${pg_time[$name]}"
  printf "%-16s %8s  %-20s  %-20s  %-20s %8s %8s\n" "$name" "$hits" "$r50/$r90/$r99" "$x50/$x90/$x99" \
    "$g50/$g90/$g99" "$(ratio "$r50" "$x50")" "$(ratio "$r50" "$g50")"
done <"$work/queries.tsv"
echo "  rare term: \"$rare\"; filtered: cluster \"$cluster\"; faceted: kommune with decision=godkendt,"
echo "  Referatsøg counting all 10 facets exactly (multi-select), Xapian 3 facets, PostgreSQL all 10"
echo
xap_faceted=$(awk -F'\t' '$1 == "faceted" { print $7 }' "$work/queries.tsv")
printf "%-22s %10s %10s %10s %10s %10s %14s\n" "HTTP, faceted search" "req/s" "p50 ms" "p90 ms" "p99 ms" "p99/p50" "p50/xapian p50"
for c in 1 8 64; do
  read -r rps p50 p90 p99 <<<"${http[$c]}"
  printf "%-22s %10s %10s %10s %10s %10s %14s\n" "$c connections" "$rps" "$p50" "$p90" "$p99" "$(ratio "$p99" "$p50")" \
    "$(ratio "$p50" "$xap_faceted")"
done
echo "  the first search after the start (facet columns built): $cold_ms ms; xapian p50 is the in-process"
echo "  faceted query with 3 ValueCountMatchSpy facets above; searchd runs 2 workers"
