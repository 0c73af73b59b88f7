#!/usr/bin/env bash
# One benchmark run, from a clean PostgreSQL database to a table of results:
#
#   bench/run.sh city          (or national; BENCH_SECONDS=30 per measure, BENCH_WARMUP_SECONDS=20)
#
# It (re)creates the database stages_bench_<size>, starts the platform on it without demo data (server-config/
# run.sh), loads the seeded dataset (load-dataset.sh), waits for the search index, then measures each scenario
# after a warm-up (first of the JIT: BENCH_JIT_WARMUP_SECONDS of never-repeated searches, then per scenario),
# with wrk pinned to one core (taskset), 32 connections, browser headers (gzip, French):
# S8 the search alerts' morning run (alerts-200k.sql, alerts-bench.py), last;
# S1 home/list, S2 keyword + two filters (hot queries, then never-repeated ones), A1 the same through the public
# API (api-a1.lua: repeated, then from a cursor of their own each), S3 an offer page (first each
# offer online once in order, as a crawler: first renderings; then at random); S5 the
# back-office table of the offer with 2,000 applications (one agent); S7 « Mes candidatures » of a signed-in
# candidate with 50 applications (candidate-50.sql, candidate-session.py); S4 application POSTs with a 200 KB PDF
# (apply-bench.py, 16 clients, after BENCH_JIT_WARMUP_SECONDS of the same), then again while the office's
# statistics are loaded in a loop; S9 the statistics of the school year 2025-2026 (dashboard-bench.py: the office's
# whole city and a direction's, 4 agents each); S6 the bulk rejection of 500 applications until the 500 mails are in the catcher
# (last: it changes the data). In the same run the baselines: B0 nginx (one worker) serving the saved pages of S1
# and S3 and the saved answer of A1 (when nginx is installed), B1 the SQL behind S3 through pgbench. Payara's resident memory is sampled
# every second throughout. Prints one table and writes it to bench/results/<date>-<size>.md with the machine and
# commit.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"
size=${1:-city}
seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP_SECONDS:-20}
# the JIT compiles Faces' rendering paths over minutes of load (3 to 5 times slower before): a first warm-up
jit_warmup=${BENCH_JIT_WARMUP_SECONDS:-180}
case "$size" in
  city) online=150 ;;
  national) online=10000 ;;
  *) echo "taille inconnue : $size (city ou national)" >&2; exit 2 ;;
esac
for tool in wrk taskset pgbench psql python3 curl; do
  command -v "$tool" > /dev/null || { echo "$tool manque (Debian : apt-get install wrk postgresql python3 curl)" >&2; exit 2; }
done
first=1100000
base=http://localhost:8080
db=stages_bench_$size
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== Base $db (PostgreSQL), plateforme sans données de démonstration"
pg_isready -q || pg_ctlcluster "$(ls /usr/lib/postgresql | sort -n | tail -1)" main start
server-config/stop.sh > /dev/null 2>&1 || true # the domain holds connections to the database
su postgres -c "psql -tAc \"select 1 from pg_roles where rolname = 'stages'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"create role stages login password 'stages'\""
su postgres -c "dropdb --if-exists $db && createdb -O stages $db"
# the smallest heap that holds national's working set (146 MB live; the kept pages are in files) with room to
# spare, and the collector that needs the least native memory: the issue's 768 MB of resident memory
# (BENCH_HEAP, BENCH_GC to try others)
export STAGES_HEAP=${BENCH_HEAP:-256m} STAGES_GC=${BENCH_GC:-parallel}
export STAGES_DB=postgresql STAGES_DB_NAME=$db STAGES_DB_USER=stages STAGES_DB_PASSWORD=stages STAGES_DEMO_DATA=false
# wrk's connections all come from 127.0.0.1: the API's limit per network address (600 a minute by default) would
# answer them 429; the limit is still counted, only far away
export STAGES_API_REQUESTS_PER_MINUTE=100000000
server-config/run.sh > "$work/run.log" 2>&1 || { cat "$work/run.log" >&2; exit 1; }

echo "== Jeu de données $size"
bench/load-dataset.sh "$size"
echo "== Index de recherche ($online offres en ligne attendues)"
for _ in $(seq 1 60); do
  shown=$(curl -s "$base/" | grep -o '[0-9][^ <>a-z]* offres correspondent' | tr -dc '0-9' || true) # "10 000": a narrow space
  [ "$shown" = "$online" ] && break
  sleep 5
done
[ "$shown" = "$online" ] || { echo "l'index montre ${shown:-0} offres au lieu de $online" >&2; exit 1; }

pid=$(pgrep -f "glassfish.jar.*domains/stages" | head -1 || pgrep -f glassfish.jar | head -1)
# Payara's resident memory, every second while the run lasts
( while kill -0 "$pid" 2> /dev/null; do ps -o rss= -p "$pid" >> "$work/rss"; sleep 1; done ) &
sampler=$!
trap 'kill "$sampler" 2> /dev/null; rm -rf "$work"' EXIT

# run_wrk NAME URL SCRIPT [ARGS…]: warm-up then measure; prints "req/s|p50|p95|p99|errors"
run_wrk() {
  local name=$1 url=$2 script=$3 out
  shift 3
  taskset -c 1 wrk -t1 -c32 -d"${warmup}s" -s "$script" "$url" -- "$@" > /dev/null 2>&1
  out=$(taskset -c 1 wrk -t1 -c32 -d"${seconds}s" -s "$script" "$url" -- "$@" 2>&1)
  load_result "$out"
  echo "  $name : $(sed -n 's/^Requests\/sec: *//p' <<< "$out") req/s, $(grep '^p50' <<< "$out")" >&2
}

# load_result OUTPUT: the "Requests/sec:" and "p50 …" lines of a load run (wrk + report.lua, or offer-crawl.py) as
# "req/s|p50|p95|p99|errors"
load_result() {
  echo "$(sed -n 's/^Requests\/sec: *//p' <<< "$1")|$(grep '^p50' <<< "$1" | sed 's/^p50 \([0-9.]*\) ms, p95 \([0-9.]*\) ms, p99 \([0-9.]*\) ms, errors \([0-9]*\) (status \([0-9]*\))/\1|\2|\3|\4+\5/')"
}

echo "== Mesures (wrk sur le cœur 1, 32 connexions, en-têtes d'un navigateur, ${warmup} s d'échauffement puis ${seconds} s)"
echo "  échauffement du JIT : ${jit_warmup} s de recherches jamais répétées" >&2
taskset -c 1 wrk -t1 -c32 -d"${jit_warmup}s" -s bench/search-s2.lua "$base" -- unique > /dev/null 2>&1
s1=$(run_wrk S1 "$base" bench/home-s1.lua)
s2=$(run_wrk S2 "$base" bench/search-s2.lua)
s2u=$(run_wrk "S2 jamais répétées" "$base" bench/search-s2.lua unique)
a1=$(run_wrk "A1 API requêtes répétées" "$base" bench/api-a1.lua)
a1u=$(run_wrk "A1 API jamais répétées" "$base" bench/api-a1.lua unique)
# S3 cold: each offer page read once by 32 clients (offer-crawl.py: wrk cannot stop after N requests), all
# rendered for the first time
crawl=$(taskset -c 1 python3 bench/offer-crawl.py "$base" "$first" "$online" 2>&1)
s3c=$(load_result "$crawl")
echo "  S3 première lecture de chaque offre : $(cut -d'|' -f1 <<< "$s3c") req/s, $(grep '^p50' <<< "$crawl")" >&2
s3=$(run_wrk S3 "$base" bench/offer-s3.lua "$first" "$online")
s5_out=$(python3 bench/backoffice-bench.py --offer "$first" --login bench.agent@stages.example \
           --password stages-bench --table 100 --pages 100)
s5=$(sed -n 's/^offer page.*p50 \([0-9]*\) ms, p95 \([0-9]*\) ms, p99 \([0-9]*\) ms.*/-|\1|\2|\3|0/p' <<< "$s5_out")
echo "  S5 : $(head -1 <<< "$s5_out")"
# S7: « Mes candidatures » of a signed-in candidate with 50 applications (and their mails), 32 clients
PGPASSWORD=stages psql -q -h localhost -U stages -f bench/candidate-50.sql "$db"
s7_cookie=$(python3 bench/candidate-session.py bench.candidat@etudiant.example)
s7=$(run_wrk "S7 Mes candidatures (50)" "$base" bench/candidate-s7.lua "$s7_cookie")
# S9: the statistics page of a whole school year, 4 signed-in agents at once (the office; a direction's agent)
dash() { # dash LOGIN: "loads/s|p50|p95|p99|errors" of dashboard-bench.py
  python3 bench/dashboard-bench.py --login "$1" --clients 4 --seconds "$seconds" --warmup "$warmup" \
    | sed -n 's/.*, \([0-9.]*\)\/s, p50 \([0-9]*\) ms, p95 \([0-9]*\) ms, p99 \([0-9]*\) ms, errors \([0-9]*\)$/\1|\2|\3|\4|\5/p'
}
s9o=$(dash bench.bureau@stages.example)
echo "  S9 bureau : $s9o" >&2
s9d=$(dash bench.agent@stages.example)
echo "  S9 direction : $s9d" >&2
# the upload path (multipart, PDF check, mails) takes minutes of load to compile: measured 16.6, 30.8, 37.9 …
# 52.0 applications/s in successive 30 s runs; 20 s of warm-up left S4 at 36-37/s
python3 bench/apply-bench.py --clients 16 --seconds "$jit_warmup" --kb 200 > /dev/null
# queued() and mails_gone(): the mails waiting in the JMS queue; wait (at most 5 min) until none is left
queued() { PGPASSWORD=stages psql -h localhost -U stages -tAc "select count(*) from mail where status = 'QUEUED'" "$db"; }
mails_gone() {
  for _ in $(seq 1 600); do [ "$(queued)" = 0 ] && return 0; sleep 0.5; done
  echo "la file des courriels ne se vide pas : $(queued) en attente" >&2; exit 1
}
mails_gone # the warm-up's, so that S4 starts with an empty queue
s4_out=$(python3 bench/apply-bench.py --clients 16 --seconds "$seconds" --kb 200)
# "envoyées : N en T s ; acceptées : A (R/s) ; …" then "latence ms : p50 …, p95 …, p99 …, …"
s4=$(python3 -c "
import re, sys
text = sys.stdin.read()
sent, accepted, rate = re.search(r'envoyées : (\d+) .*acceptées : (\d+) \(([0-9.]+)/s\)', text).groups()
lat = re.search(r'p50 (\d+), p95 (\d+), p99 (\d+)', text)
print('|'.join([rate] + (list(lat.groups()) if lat else ['-'] * 3) + [str(int(sent) - int(accepted))]))
" <<< "$s4_out")
echo "  S4 : $(head -1 <<< "$s4_out")"
# the mails of those applications (a receipt and a notice each) leave through the JMS queue, after the answer:
# S4 counts only once the queue is empty again, as applications per second over the sending and that wait
left_at_end=$(queued)
drain_start=$(date +%s.%N)
mails_gone
s4_drain=$(python3 -c "import sys, time; print(f'{time.time() - float(sys.argv[1]):.1f}')" "$drain_start")
s4_sustained=$(python3 -c "
import re, sys
text, drain = sys.stdin.read(), float(sys.argv[1])
accepted, duration = re.search(r'en ([0-9.]+) s ; acceptées : (\d+)', text).group(2, 1)
print(f'{int(accepted) / (float(duration) + drain):.1f}')
" "$s4_drain" <<< "$s4_out")
echo "  S4 : $left_at_end courriels encore en file à la fin, tous partis $s4_drain s après ; $s4_sustained candidatures/s en comptant cette attente"
# S4 again while the office's statistics are loaded in a loop by 4 agents (issue 25: within 10 % of S4)
mails_gone
python3 bench/dashboard-bench.py --login bench.bureau@stages.example --clients 4 --seconds "$seconds" --warmup 5 \
  > "$work/s4-dash.out" &
dash_pid=$!
sleep 5
s4d_out=$(python3 bench/apply-bench.py --clients 16 --seconds "$seconds" --kb 200)
wait "$dash_pid"
s4d=$(sed -n 's/.*acceptées : [0-9]* (\([0-9.]*\)\/s).*/\1/p' <<< "$s4d_out")
echo "  S4 pendant les tableaux de bord : $(head -1 <<< "$s4d_out") ; $(cat "$work/s4-dash.out")"
mails_gone
s6_out=$(python3 bench/backoffice-bench.py --offer "$first" --login bench.agent@stages.example \
           --password stages-bench --reject)
s6_page=$(sed -n 's/.*page back to the agent in \([0-9]*\) ms/\1/p' <<< "$s6_out")
s6_mails=$(sed -n 's/^500 rejection mails in the catcher \([0-9.]*\) s.*/\1/p' <<< "$s6_out")
echo "  S6 : page rendue en $s6_page ms, 500 courriels dans le catcher en $s6_mails s"
# S8: the search alerts' morning run at national volume, sent by the office (200,000 alerts due, 2,000 offers
# published in the day, bench/alerts-200k.sql): the run's own time (match every alert, queue every digest), then
# until the last digest has left; last of all (it adds offers and mails)
mails_gone
PGPASSWORD=stages psql -q -h localhost -U stages -f bench/alerts-200k.sql "$db" > /dev/null
s8_out=$(python3 bench/alerts-bench.py --db "$db")
s8_run=$(sed -n 's/^run: .* \([0-9]*\) digests queued in \([0-9.]*\) s.*/\1 courriels en \2 s/p' <<< "$s8_out")
s8_left=$(sed -n 's/^last digest left \([0-9.]*\) s.*/\1/p' <<< "$s8_out")
echo "  S8 : $(tr '\n' ' ' <<< "$s8_out")"

echo "== Références"
b0_s1="-|-|-|-|-"; b0_s3="-|-|-|-|-"; b0_a1="-|-|-|-|-"
a1_path="/api/v1/offers?q=communication&gratification=oui&horaires=plein&tri=recent"
if command -v nginx > /dev/null; then
  mkdir -p "$work/nginx/html" "$work/nginx/logs"
  # the very bytes the scenarios receive: the page, and its gzip form that the browser headers get
  for page in "s1|/" "s3|/offers/offer.xhtml?id=$first" "a1|$a1_path"; do
    curl -s "$base${page#*|}" > "$work/nginx/html/${page%%|*}.html"
    curl -s -H 'Accept-Encoding: gzip' "$base${page#*|}" > "$work/nginx/html/${page%%|*}.html.gz"
  done
  cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  gzip_static on;
  server { listen 127.0.0.1:8090; root $work/nginx/html; }
}
CONF
  chmod 755 "$work" && chmod -R a+rX "$work/nginx" # its worker runs as www-data
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"
  b0_s1=$(run_wrk "B0 (S1)" http://127.0.0.1:8090/s1.html bench/static-b0.lua)
  b0_s3=$(run_wrk "B0 (S3)" http://127.0.0.1:8090/s3.html bench/static-b0.lua)
  b0_a1=$(run_wrk "B0 (A1)" http://127.0.0.1:8090/a1.html bench/static-b0.lua)
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -s stop 2> /dev/null
else
  echo "  B0 : nginx absent (apt-get install nginx-light), référence non mesurée" >&2
fi
b1_out=$(PGPASSWORD=stages taskset -c 1 pgbench -n -h localhost -U stages -c 8 -j 1 -T "$seconds" \
           -f bench/offer-b1.sql -D first="$first" -D count="$online" "$db" 2>&1)
b1_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<< "$b1_out")
b1_lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<< "$b1_out")
echo "  B1 (SQL de S3, pgbench, 8 clients) : $b1_tps tps, latence moyenne $b1_lat ms" >&2

ratio() { # ratio A B: A / B in percent, or "-"
  python3 -c "import sys; a, b = sys.argv[1:]; print('-' if '-' in (a, b) or not b or float(b) == 0 else f'{100 * float(a) / float(b):.1f} %')" "$1" "$2"
}
field() { cut -d'|' -f"$2" <<< "$1"; }
machine="$(nproc) cœurs, $(awk '/MemTotal/ {printf "%.0f Gio", $2 / 1048576}' /proc/meminfo)"
commit=$(git rev-parse --short HEAD)$(git diff --quiet || echo "+modifications")
mkdir -p bench/results
result=bench/results/$(date +%F)-$size.md
{
  echo "# Banc $size — $(date '+%F %H:%M') — $machine — commit $commit"
  echo
  echo "Payara : -Xmx$STAGES_HEAP. wrk sur un cœur, 32 connexions, en-têtes d'un navigateur (gzip, français), ${jit_warmup} s d'échauffement du JIT, puis pour chaque scénario ${seconds} s après ${warmup} s d'échauffement (S3 après une première lecture de chaque offre, S4 après ${jit_warmup} s de candidatures) ; Payara, PostgreSQL et wrk sur la même machine. B0 sert les mêmes octets (gzip_static)."
  echo
  echo "| scénario | req/s | p50 ms | p95 ms | p99 ms | erreurs | rapport à la référence | cible (issue 7) |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| S1 accueil, liste | $(field "$s1" 1) | $(field "$s1" 2) | $(field "$s1" 3) | $(field "$s1" 4) | $(field "$s1" 5) | $(ratio "$(field "$s1" 1)" "$(field "$b0_s1" 1)") de B0 | |"
  echo "| S2 mot-clé + deux filtres (requêtes répétées) | $(field "$s2" 1) | $(field "$s2" 2) | $(field "$s2" 3) | $(field "$s2" 4) | $(field "$s2" 5) | $(ratio "$(field "$s2" 1)" "$(field "$b0_s1" 1)") de B0 (S1) | ≥ 10 % de B0 |"
  echo "| S2 requêtes jamais répétées | $(field "$s2u" 1) | $(field "$s2u" 2) | $(field "$s2u" 3) | $(field "$s2u" 4) | $(field "$s2u" 5) | $(ratio "$(field "$s2u" 1)" "$(field "$b0_s1" 1)") de B0 (S1) | ≥ 800 req/s, p95 ≤ 60 ms (national) |"
  echo "| A1 API, mot-clé + deux filtres (requêtes répétées) | $(field "$a1" 1) | $(field "$a1" 2) | $(field "$a1" 3) | $(field "$a1" 4) | $(field "$a1" 5) | $(ratio "$(field "$a1" 1)" "$(field "$b0_a1" 1)") de B0 (A1) | ≥ 10 % de B0 (issue 25) |"
  echo "| A1 API, requêtes jamais répétées (curseur de chacune) | $(field "$a1u" 1) | $(field "$a1u" 2) | $(field "$a1u" 3) | $(field "$a1u" 4) | $(field "$a1u" 5) | | p95 ≤ 50 ms (national, issue 25) |"
  echo "| S3 page d'une offre | $(field "$s3" 1) | $(field "$s3" 2) | $(field "$s3" 3) | $(field "$s3" 4) | $(field "$s3" 5) | $(ratio "$(field "$s3" 1)" "$(field "$b0_s3" 1)") de B0, $(ratio "$(field "$s3" 1)" "$b1_tps") de B1 | ≥ 10 % de B0 |"
  echo "| S3 première lecture de chaque offre en ligne (rendue, pas encore gardée) | $(field "$s3c" 1) | $(field "$s3c" 2) | $(field "$s3c" 3) | $(field "$s3c" 4) | $(field "$s3c" 5) | $(ratio "$(field "$s3c" 1)" "$(field "$b0_s3" 1)") de B0 | |"
  echo "| S4 candidature avec un PDF de 200 Ko (16 clients) | $(field "$s4" 1) | $(field "$s4" 2) | $(field "$s4" 3) | $(field "$s4" 4) | $(field "$s4" 5) | courriels (2 par candidature) : $left_at_end en file à la fin, tous partis $s4_drain s après | ≥ 50/s |"
  echo "| S4 en comptant le départ de tous leurs courriels | $s4_sustained | | | | | | ≥ 50/s |"
  echo "| S4 pendant que le bureau charge ses statistiques (4 agents en boucle) | $s4d | | | | | $(ratio "$s4d" "$(field "$s4" 1)") de S4 | ≥ 90 % de S4 (issue 25) |"
  echo "| S9 statistiques de l'année scolaire, bureau des stages (toute la Ville, 4 agents) | $(field "$s9o" 1) | $(field "$s9o" 2) | $(field "$s9o" 3) | $(field "$s9o" 4) | $(field "$s9o" 5) | | p95 ≤ 1 s (national) |"
  echo "| S9 statistiques de l'année scolaire, une direction (4 agents) | $(field "$s9d" 1) | $(field "$s9d" 2) | $(field "$s9d" 3) | $(field "$s9d" 4) | $(field "$s9d" 5) | | p95 ≤ 300 ms (national) |"
  echo "| S5 tableau de 2 000 candidatures (un agent) | - | $(field "$s5" 2) | $(field "$s5" 3) | $(field "$s5" 4) | 0 | | p95 ≤ 200 ms |"
  echo "| S7 « Mes candidatures » d'un candidat connecté, 50 candidatures | $(field "$s7" 1) | $(field "$s7" 2) | $(field "$s7" 3) | $(field "$s7" 4) | $(field "$s7" 5) | | p95 ≤ 100 ms |"
  echo "| S6 refus groupé de 500 candidatures | page en $s6_page ms | | | | | 500 courriels en $s6_mails s | ≤ 60 s |"
  echo "| S8 alertes du matin : 200 000 alertes, 2 000 offres nouvelles | $s8_run (mise en file) | | | | | dernier courriel parti à $s8_left s | mise en file ≤ 120 s |"
  echo "| B0 nginx, page de S1 | $(field "$b0_s1" 1) | $(field "$b0_s1" 2) | $(field "$b0_s1" 3) | $(field "$b0_s1" 4) | $(field "$b0_s1" 5) | | |"
  echo "| B0 nginx, page de S3 | $(field "$b0_s3" 1) | $(field "$b0_s3" 2) | $(field "$b0_s3" 3) | $(field "$b0_s3" 4) | $(field "$b0_s3" 5) | | |"
  echo "| B0 nginx, réponse de A1 ($a1_path) | $(field "$b0_a1" 1) | $(field "$b0_a1" 2) | $(field "$b0_a1" 3) | $(field "$b0_a1" 4) | $(field "$b0_a1" 5) | | |"
  echo "| B1 SQL de S3 (pgbench, 8 clients) | $b1_tps | moyenne $b1_lat | - | - | - | | |"
  echo
  echo "Mémoire résidente de Payara relevée chaque seconde pendant tout le passage : maximum $(( $(sort -n "$work/rss" | tail -1) / 1024 )) Mo (cible ≤ 768 Mo)."
} > "$result"
echo
cat "$result"
echo
echo "Écrit dans $result. La plateforme tourne encore sur $db : server-config/stop.sh pour l'arrêter."
