#!/usr/bin/env bash
# Loads a generated dataset (bench/dataset.py) into the platform's database, the one server-config/run.sh
# configured with the same STAGES_DB* variables. The schema is the platform's own: start it once on an empty
# database first (STAGES_DEMO_DATA=false), so that its migrations create the tables.
#
#   bench/load-dataset.sh city [seed]        H2 (the default database) or PostgreSQL
#   bench/load-dataset.sh national [seed]    PostgreSQL only
#
# Into a database without data only (demo data or a dataset loaded before: refused).
# The search index catches up by itself (periodic check, STAGES_SEARCH_CHECK_SECONDS).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
size=${1:-city}
seed=${2:-2026}
db=${STAGES_DB:-h2}
case "$size" in city|national) ;; *) echo "taille inconnue : $size (city ou national)" >&2; exit 2 ;; esac

if [ "$db" = postgresql ]; then
  export PGPASSWORD=${STAGES_DB_PASSWORD:-stages}
  psql=(psql -q -X -v ON_ERROR_STOP=1 -h "${STAGES_DB_HOST:-localhost}" -p "${STAGES_DB_PORT:-5432}"
        -U "${STAGES_DB_USER:-stages}" -d "${STAGES_DB_NAME:-stages}")
  demo=$("${psql[@]}" -tAc "select count(*) from direction") \
    || { echo "base injoignable ou sans schéma : démarrer la plateforme une fois sur cette base" >&2; exit 1; }
  [ "$demo" = 0 ] || { echo "cette base contient déjà des données : partir d'une base vide (dropdb/createdb), plateforme lancée une fois avec STAGES_DEMO_DATA=false" >&2; exit 1; }
  start=$(date +%s)
  python3 "$here/dataset.py" --size "$size" --seed "$seed" --dialect postgresql | "${psql[@]}"
  echo "chargé en $(( $(date +%s) - start )) s ; taille de la base : $("${psql[@]}" -tAc \
    "select pg_size_pretty(pg_database_size(current_database()))")"
else
  [ "$size" = city ] || { echo "H2 sert à l'évaluation : le jeu « national » se charge sur PostgreSQL" >&2; exit 2; }
  version=$(sed -n 's|.*<h2.version>\(.*\)</h2.version>.*|\1|p' "$root/pom.xml")
  jar="$HOME/.m2/repository/com/h2database/h2/$version/h2-$version.jar"
  [ -f "$jar" ] || "$root/mvnw" -q dependency:get -Dartifact="com.h2database:h2:$version"
  file="$root/server-config/work/payara6/glassfish/domains/stages/lib/databases/stages"
  [ -f "$file.mv.db" ] || { echo "pas de base H2 dans $file.mv.db : lancer server-config/run.sh d'abord" >&2; exit 1; }
  url="jdbc:h2:$file;AUTO_SERVER=TRUE" # the running platform holds the file: this connects through it
  demo=$(java -cp "$jar" org.h2.tools.Shell -url "$url" -user stages -password stages \
           -sql "select count(*) as n from direction" | sed -n '2p' | tr -d ' ')
  [ "$demo" = 0 ] || { echo "cette base contient déjà des données : arrêter la plateforme, supprimer $file.mv.db, la relancer avec STAGES_DEMO_DATA=false" >&2; exit 1; }
  script=$(mktemp --suffix=.sql)
  trap 'rm -f "$script"' EXIT
  start=$(date +%s)
  python3 "$here/dataset.py" --size "$size" --seed "$seed" --dialect h2 > "$script"
  java -cp "$jar" org.h2.tools.RunScript -url "$url" -user stages -password stages -script "$script"
  echo "chargé en $(( $(date +%s) - start )) s"
fi
