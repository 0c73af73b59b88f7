#!/usr/bin/env bash
# Creates (if missing) and configures a Payara domain for Stages with the asadmin files of this folder.
#   bin/prepare-domain.sh [--fresh] [--stop] PAYARA_HOME DOMAIN PORTBASE
#   --fresh  delete the domain first (integration tests start from an empty database)
#   --stop   leave the domain stopped at the end (otherwise it runs, restarted if the config needs it)
# Ports follow Payara's portbase rule: admin = PORTBASE+48, HTTP = PORTBASE+80.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fresh=0; stop=0
while [[ "${1:-}" == --* ]]; do
  case "$1" in --fresh) fresh=1 ;; --stop) stop=1 ;; *) echo "option inconnue : $1" >&2; exit 2 ;; esac; shift
done
[ $# -eq 3 ] || { echo "usage : $0 [--fresh] [--stop] PAYARA_HOME DOMAIN PORTBASE" >&2; exit 2; }
home=$1; domain=$2; portbase=$3
asadmin="$home/bin/asadmin"
[ -x "$asadmin" ] || chmod +x "$home"/bin/* "$home"/glassfish/bin/* 2>/dev/null || true
[ -x "$asadmin" ] || { echo "asadmin introuvable sous $home" >&2; exit 1; }
admin_port=$((portbase + 48))
domains="$home/glassfish/domains"

running() { "$asadmin" list-domains 2>/dev/null | grep -q "^$domain running"; }

# Install-wide OSGi setting (glassfish/config/osgi.properties; asadmin cannot set it): at most 40 of Payara's
# ~400 module jars stay open, the others are closed until a class is needed from them again. An open jar keeps, as
# long as it is open, one zlib inflater (~40 KB of native memory) for each stream ever read from it without being
# closed (JDK-8340814, fixed after JDK 17): a heap dump after startup counted 2,285 of them, 361 for the Hazelcast
# jar alone; with this limit, 163. Resident memory after startup ~600 -> ~550 MB (bench/README.md, "Mémoire").
osgi_limit=felix.cache.filelimit=40
osgi_changed=0
osgi="$home/glassfish/config/osgi.properties"
if [ -f "$osgi" ] && ! grep -qx "$osgi_limit" "$osgi"; then
  sed -i '/^felix\.cache\.filelimit=/d; /^# Stages (server-config/d' "$osgi"
  printf '\n# Stages (server-config/bin/prepare-domain.sh)\n%s\n' "$osgi_limit" >> "$osgi"
  echo "  + $osgi_limit ($osgi)"
  running && osgi_changed=1 # read when the domain starts
fi

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ "$fresh" = 1 ] && [ -d "$domains/$domain" ]; then
  running && "$asadmin" stop-domain "$domain" > /dev/null
  "$asadmin" delete-domain "$domain" > /dev/null
fi
if [ ! -d "$domains/$domain" ]; then
  echo "Création du domaine $domain (ports $portbase+…, administration $admin_port)"
  if [ -n "${AS_ADMIN_PASSWORDFILE:-}" ]; then
    # the administrator's password is the one of that file (AS_ADMIN_PASSWORD=…), user AS_ADMIN_USER
    "$asadmin" create-domain --portbase "$portbase" "$domain" > /dev/null
  else
    # the integration tests' domain: no password, its administration listens on this machine only
    "$asadmin" create-domain --nopassword=true --portbase "$portbase" "$domain" > /dev/null
  fi
fi
if ! running; then
  for port in $admin_port $((portbase + 80)); do
    if port_taken "$port"; then
      echo "Le port $port est déjà utilisé par un autre programme : le domaine $domain ne peut pas démarrer." >&2
      exit 1
    fi
  done
  echo "Démarrage du domaine $domain"
  "$asadmin" start-domain "$domain" > /dev/null
fi

if ! out=$(ASADMIN_OPTS="--port $admin_port" "$here/apply.sh" "$asadmin"); then
  echo "$out"
  echo "La configuration du domaine $domain a échoué (voir ci-dessus)." >&2
  [ "$stop" = 1 ] && "$asadmin" stop-domain "$domain" > /dev/null
  exit 1
fi
echo "$out" | grep -v '^RESTART_REQUIRED$'
if [ "$stop" = 1 ]; then
  "$asadmin" stop-domain "$domain" > /dev/null
elif grep -q '^RESTART_REQUIRED$' <<< "$out" || [ "$osgi_changed" = 1 ]; then
  echo "Redémarrage du domaine $domain (nouvelle configuration)"
  "$asadmin" restart-domain "$domain" > /dev/null
fi
