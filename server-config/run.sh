#!/usr/bin/env bash
# Runs the Stages platform on this machine: builds it, starts a local mail catcher and a Payara domain
# configured by server-config, deploys the application with demo data (STAGES_DEMO_DATA=false: without), waits until it answers and prints
# the addresses and demo logins. Re-running it redeploys and keeps the data. Stop everything: server-config/stop.sh
#
# Settings (environment): STAGES_PORTBASE (8000: HTTP 8080, admin 8048), STAGES_MAIL_SMTP_PORT (3025),
# STAGES_MAIL_WEB_PORT (8025), and every STAGES_* variable of bin/apply.sh (README.md there), e.g.
# STAGES_DB=postgresql with STAGES_DB_HOST/NAME/USER/PASSWORD.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=server-config/work
portbase=${STAGES_PORTBASE:-8000}
http_port=$((portbase + 80))
admin_port=$((portbase + 48))
smtp_port=${STAGES_MAIL_SMTP_PORT:-3025}
mail_web_port=${STAGES_MAIL_WEB_PORT:-8025}
domain=stages
mkdir -p "$work/logs"
# the Payara JVM started below inherits it: at most two memory pools in the C library, not eight per core
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# HTTP status of a local URL path, without needing curl on the machine
http_status() {
  local status
  status=$( { exec 3<>"/dev/tcp/127.0.0.1/$http_port" && printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" >&3 \
            && head -1 <&3; } 2>/dev/null | awk '{print $2}') || true
  echo "${status:-000}"
}

# Ready when the application's own readiness check (its database) answers UP: while the application loads,
# Payara's /health/ready answered UP with no check at all, and "/" was Payara's own welcome page.
app_ready() {
  local answer
  answer=$( { exec 3<>"/dev/tcp/127.0.0.1/$http_port" && printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
            && cat <&3; } 2>/dev/null) || true
  [[ "$answer" == "HTTP/1.1 200"* && "$answer" == *'"name":"database","status":"UP"'* ]]
}

echo "1/5 Construction de l'application (./mvnw package)…"
./mvnw -B -q package -DskipTests -DskipITs

echo "2/5 Installation de Payara et des outils dans $work (une seule fois)…"
./mvnw -B -q -pl server-config dependency:unpack@platform dependency:copy@platform-tools

echo "3/5 Récepteur de courriels (GreenMail) : SMTP $smtp_port, consultation http://localhost:$mail_web_port"
if [ -f "$work/greenmail.pid" ] && kill -0 "$(cat "$work/greenmail.pid")" 2>/dev/null; then
  echo "    déjà démarré (pid $(cat "$work/greenmail.pid"))"
else
  if port_open "$smtp_port"; then
    echo "Le port SMTP $smtp_port est déjà pris par un autre programme : choisissez-en un autre avec STAGES_MAIL_SMTP_PORT." >&2
    exit 1
  fi
  nohup java -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.smtp.hostname=127.0.0.1 \
        -Dgreenmail.imap.port=$((smtp_port + 118)) -Dgreenmail.imap.hostname=127.0.0.1 \
        -Dgreenmail.auth.disabled -Dgreenmail.hostname=127.0.0.1 \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$mail_web_port" \
        -jar "$work/tools/greenmail-standalone.jar" > "$work/logs/greenmail.log" 2>&1 &
  echo $! > "$work/greenmail.pid"
  for _ in $(seq 1 30); do port_open "$smtp_port" && break; sleep 1; done
  port_open "$smtp_port" || { echo "GreenMail n'a pas démarré : voir $work/logs/greenmail.log" >&2; exit 1; }
fi

# The domain's administrator password: drawn at random when the domain is created, kept in a file only its owner
# reads; every asadmin command of these scripts finds it through asadmin's own environment variables.
admin_password="$root/$work/admin-password"
if [ ! -d "$work/payara6/glassfish/domains/$domain" ] && [ ! -f "$admin_password" ]; then
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)" \
    > "$admin_password")
fi
if [ -f "$admin_password" ]; then
  export AS_ADMIN_USER=admin AS_ADMIN_PASSWORDFILE="$admin_password"
fi

echo "4/5 Domaine Payara « $domain » (HTTP $http_port, administration $admin_port)…"
STAGES_DEMO_DATA=${STAGES_DEMO_DATA:-true} \
STAGES_MAIL_FROM=${STAGES_MAIL_FROM:-stages@paris.example} \
STAGES_BASE_URL=${STAGES_BASE_URL:-http://localhost:$http_port} \
STAGES_SMTP_HOST=${STAGES_SMTP_HOST:-127.0.0.1} \
STAGES_SMTP_PORT=${STAGES_SMTP_PORT:-$smtp_port} \
STAGES_POSTGRESQL_DRIVER=$(ls "$root/$work"/tools/postgresql-*.jar) \
  bash server-config/bin/prepare-domain.sh "$work/payara6" "$domain" "$portbase"

echo "5/5 Déploiement de l'application…"
ear=stages-ear/target/stages.ear
wanted=$(sha256sum "$ear" | cut -d' ' -f1)
deployed_sum="$work/deployed.sha256"
wait_ready() {
  for _ in $(seq 1 90); do
    app_ready && [ "$(http_status /)" = 200 ] && break
    sleep 2
  done
}
if "$work/payara6/bin/asadmin" --port "$admin_port" list-applications 2>/dev/null | grep -q '^stages '; then
  # A domain that has just started (after a stop, or a crash) is still loading the version deployed before.
  wait_ready
  if app_ready && [ -f "$deployed_sum" ] && [ "$(cat "$deployed_sum")" = "$wanted" ]; then
    echo "    version déjà déployée et en service : inchangée"
  else
    # Deploying over a running version left, now and then, a wreck that only a restart cured: a stale JMS
    # endpoint after a crash (about one receipt in five never sent), a missing BeanManager after a rebuild
    # (500 or 401 everywhere). The old version is withdrawn and the new one deployed in a freshly started domain.
    echo "    retrait de la version précédente et redémarrage du domaine"
    rm -f "$deployed_sum"
    "$work/payara6/bin/asadmin" --port "$admin_port" undeploy stages > /dev/null 2>&1 || true
    "$work/payara6/bin/asadmin" --port "$admin_port" restart-domain "$domain" > /dev/null
  fi
else
  rm -f "$deployed_sum"
fi
if [ ! -f "$deployed_sum" ]; then
  "$work/payara6/bin/asadmin" --port "$admin_port" deploy --force=true --name stages "$ear" > /dev/null
  echo "$wanted" > "$deployed_sum"
  wait_ready
fi
if ! app_ready || [ "$(http_status /)" != 200 ]; then
  echo "L'application ne répond pas : voir $work/payara6/glassfish/domains/$domain/logs/server.log" >&2
  exit 1
fi

cat <<MSG

Stages est prêt.
  Site public            http://localhost:$http_port/
  Espace agents          http://localhost:$http_port/backoffice/offers.xhtml
  Courriels envoyés      http://localhost:$mail_web_port/  (API REST de GreenMail ; IMAP sur le port $((smtp_port + 118)), tout mot de passe)
  État de santé          http://localhost:$http_port/health
  Console Payara         http://localhost:$admin_port/  (cette machine seulement ; utilisateur admin, $(
                         [ -f "$admin_password" ] && echo "mot de passe dans $work/admin-password" || echo "sans mot de passe : domaine créé avant, supprimer $work pour en créer un protégé"))
  Journal du serveur     $work/payara6/glassfish/domains/$domain/logs/server.log

MSG
if [ "${STAGES_DEMO_DATA:-true}" = true ]; then
  cat <<MSG
Comptes de démonstration (mot de passe : stages-demo ; chargés dans une base vide seulement)
  agent.dac@stages.example           agent du service des bibliothèques (Direction des affaires culturelles)
  correspondant.deve@stages.example  correspondant de la Direction des espaces verts et de l'environnement
  bureau.stages@stages.example       bureau des stages (toutes les directions)
Espace candidat (sans mot de passe : le lien de connexion arrive dans les courriels envoyés)
  http://localhost:$http_port/compte/connexion.xhtml avec ines.martin@etudiant.example

MSG
else
  echo "Sans données de démonstration (STAGES_DEMO_DATA=false)."
  echo
fi
echo "Tout arrêter : server-config/stop.sh"
