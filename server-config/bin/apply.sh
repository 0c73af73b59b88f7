#!/usr/bin/env bash
# Applies the Stages asadmin files to a running Payara 6 domain, idempotently.
#   bin/apply.sh [ASADMIN]        (default: asadmin on the PATH)
# Connection to the domain: ASADMIN_OPTS (e.g. "--host db1 --port 4848 --user admin --passwordfile pw.txt").
# Settings come from the environment; see README.md for each variable and its default.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
ASADMIN=${1:-asadmin}
read -r -a opts <<< "${ASADMIN_OPTS:-}"

export STAGES_DB=${STAGES_DB:-h2}
export STAGES_DB_HOST=${STAGES_DB_HOST:-localhost}
export STAGES_DB_PORT=${STAGES_DB_PORT:-5432}
export STAGES_DB_NAME=${STAGES_DB_NAME:-${STAGES_DB_NAME_DEFAULT:-stages}}
export STAGES_DB_USER=${STAGES_DB_USER:-stages}
export STAGES_DB_PASSWORD=${STAGES_DB_PASSWORD:-stages}
export STAGES_POSTGRESQL_DRIVER=${STAGES_POSTGRESQL_DRIVER:-}
export STAGES_SMTP_HOST=${STAGES_SMTP_HOST:-localhost}
export STAGES_SMTP_PORT=${STAGES_SMTP_PORT:-3025}
export STAGES_SMTP_USER=${STAGES_SMTP_USER:-stages}
export STAGES_SMTP_AUTH=${STAGES_SMTP_AUTH:-false}
export STAGES_SMTP_PASSWORD=${STAGES_SMTP_PASSWORD:-}
export STAGES_SMTP_STARTTLS=${STAGES_SMTP_STARTTLS:-false}
export STAGES_MAIL_FROM=${STAGES_MAIL_FROM:-stages@localhost}
export STAGES_BASE_URL=${STAGES_BASE_URL:-${STAGES_BASE_URL_DEFAULT:-http://localhost:8080}}
export STAGES_DEMO_DATA=${STAGES_DEMO_DATA:-false}
export STAGES_MAIL_RETRY_UNIT_SECONDS=${STAGES_MAIL_RETRY_UNIT_SECONDS:-30}
export STAGES_SEARCH_CHECK_SECONDS=${STAGES_SEARCH_CHECK_SECONDS:-60}
export STAGES_CLAMD=${STAGES_CLAMD:-off}
export STAGES_SESSION_MINUTES=${STAGES_SESSION_MINUTES:-30}
export STAGES_HEAP=${STAGES_HEAP:-1g}
export STAGES_GC=${STAGES_GC:-g1}
export STAGES_PAGE_CACHE_MB=${STAGES_PAGE_CACHE_MB:-48}
export STAGES_DIAGNOSTIC_HEADERS=${STAGES_DIAGNOSTIC_HEADERS:-false}
export STAGES_MAIL_SWEEP_AFTER_SECONDS=${STAGES_MAIL_SWEEP_AFTER_SECONDS:-300}
export STAGES_MAIL_ALERT_MINUTES=${STAGES_MAIL_ALERT_MINUTES:-15}
export STAGES_ADMIN_ADDRESS=${STAGES_ADMIN_ADDRESS:-127.0.0.1}
export STAGES_BROKER_ADDRESS=${STAGES_BROKER_ADDRESS:-127.0.0.1}
export STAGES_TRUSTED_PROXIES=${STAGES_TRUSTED_PROXIES:-none}
export STAGES_REQUEST_BODY_SECONDS=${STAGES_REQUEST_BODY_SECONDS:-30}
export STAGES_NETWORK_APPLICATIONS_PER_HOUR=${STAGES_NETWORK_APPLICATIONS_PER_HOUR:-200}
export STAGES_API_REQUESTS_PER_MINUTE=${STAGES_API_REQUESTS_PER_MINUTE:-600}
export STAGES_STATISTICS_CACHE_SECONDS=${STAGES_STATISTICS_CACHE_SECONDS:-120}
export STAGES_STATISTICS_CONCURRENT=${STAGES_STATISTICS_CONCURRENT:-1}
# OpenID Connect sign-in of candidates (FranceConnect or another provider): off unless an issuer is given
export STAGES_OIDC_ISSUER=${STAGES_OIDC_ISSUER:-off}
export STAGES_OIDC_CLIENT_ID=${STAGES_OIDC_CLIENT_ID:-none}
export STAGES_OIDC_CLIENT_SECRET=${STAGES_OIDC_CLIENT_SECRET:-}
export STAGES_OIDC_SCOPES=${STAGES_OIDC_SCOPES:-openid email profile}
export STAGES_OIDC_ACR_VALUES=${STAGES_OIDC_ACR_VALUES:-none}
export STAGES_OIDC_NAME=${STAGES_OIDC_NAME:-FranceConnect}

# number_between NAME MIN MAX UNIT: the variable NAME holds a whole number from MIN to MAX, or the run stops here
number_between() {
  local value=${!1}
  if ! [[ "$value" =~ ^[0-9]+$ ]] || [ "$value" -lt "$2" ] || [ "$value" -gt "$3" ]; then
    echo "$1 doit être un nombre de $4 entre $2 et $3 (reçu : $value)" >&2
    exit 2
  fi
}
number_between STAGES_SESSION_MINUTES 5 480 minutes
number_between STAGES_PAGE_CACHE_MB 0 4096 mégaoctets
number_between STAGES_MAIL_SWEEP_AFTER_SECONDS 10 86400 secondes
number_between STAGES_MAIL_ALERT_MINUTES 1 1440 minutes
number_between STAGES_REQUEST_BODY_SECONDS 2 600 secondes
number_between STAGES_NETWORK_APPLICATIONS_PER_HOUR 20 100000 candidatures
number_between STAGES_API_REQUESTS_PER_MINUTE 10 100000000 requêtes
number_between STAGES_STATISTICS_CACHE_SECONDS 0 3600 secondes
number_between STAGES_STATISTICS_CONCURRENT 1 64 pages
if [ "$STAGES_SMTP_AUTH" = true ] && [ -z "$STAGES_SMTP_PASSWORD" ]; then
  echo "STAGES_SMTP_AUTH=true demande STAGES_SMTP_PASSWORD (mot de passe du compte SMTP $STAGES_SMTP_USER)" >&2
  exit 2
fi
if [ "$STAGES_CLAMD" != off ] && ! [[ "$STAGES_CLAMD" =~ ^[A-Za-z0-9.-]+:[0-9]+$ ]]; then
  echo "STAGES_CLAMD doit valoir off ou hôte:port du démon clamd (reçu : $STAGES_CLAMD)" >&2
  exit 2
fi
if ! [[ "$STAGES_HEAP" =~ ^[0-9]+[mMgG]$ ]]; then
  echo "STAGES_HEAP doit être une taille de mémoire Java, par exemple 1g ou 1536m (reçu : $STAGES_HEAP)" >&2
  exit 2
fi
case "$STAGES_GC" in
  g1|parallel) ;;
  *) echo "STAGES_GC doit valoir g1 ou parallel (reçu : $STAGES_GC)" >&2; exit 2 ;;
esac
if ! [[ "$STAGES_BASE_URL" =~ ^(https?)://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:([0-9]+))?/?$ ]]; then
  echo "STAGES_BASE_URL doit être une adresse http(s)://hôte[:port] sans chemin (reçu : $STAGES_BASE_URL)" >&2
  exit 2
fi
# What Payara writes in the addresses it makes itself (the sign-in redirect): the public address, whatever Host
# header a client sent
export STAGES_PUBLIC_SCHEME=${BASH_REMATCH[1]}
export STAGES_PUBLIC_SERVER=${BASH_REMATCH[2]}:${BASH_REMATCH[4]:-$([ "${BASH_REMATCH[1]}" = https ] && echo 443 || echo 80)}
if [ "$STAGES_TRUSTED_PROXIES" != none ] && ! [[ "$STAGES_TRUSTED_PROXIES" =~ ^[0-9a-fA-F.:]+(,[0-9a-fA-F.:]+)*$ ]]; then
  echo "STAGES_TRUSTED_PROXIES doit valoir none ou une liste d'adresses IP séparées par des virgules (reçu : $STAGES_TRUSTED_PROXIES)" >&2
  exit 2
fi
if ! [[ "$STAGES_ADMIN_ADDRESS" =~ ^[0-9a-fA-F.:]+$ ]]; then
  echo "STAGES_ADMIN_ADDRESS doit être une adresse IP (reçu : $STAGES_ADMIN_ADDRESS)" >&2
  exit 2
fi
if ! [[ "$STAGES_BROKER_ADDRESS" =~ ^[0-9a-fA-F.:]+$ ]]; then
  echo "STAGES_BROKER_ADDRESS doit être une adresse IP (reçu : $STAGES_BROKER_ADDRESS)" >&2
  exit 2
fi
case "$STAGES_DIAGNOSTIC_HEADERS" in
  true|false) ;;
  *) echo "STAGES_DIAGNOSTIC_HEADERS doit valoir true ou false (reçu : $STAGES_DIAGNOSTIC_HEADERS)" >&2; exit 2 ;;
esac
case "$STAGES_DB" in
  h2|postgresql) ;;
  *) echo "STAGES_DB doit valoir h2 ou postgresql (reçu : $STAGES_DB)" >&2; exit 2 ;;
esac
if [ "$STAGES_DB" = postgresql ] && [ ! -f "$STAGES_POSTGRESQL_DRIVER" ]; then
  echo "STAGES_POSTGRESQL_DRIVER doit désigner le pilote JDBC PostgreSQL (postgresql-*.jar) : '$STAGES_POSTGRESQL_DRIVER' introuvable" >&2
  exit 2
fi

adm() { "$ASADMIN" "${opts[@]}" "$@"; }

# The OpenID Connect provider: an https issuer (http on this machine only, for tests), a client id without
# spaces, a secret (given, or kept from an earlier run's alias), scopes and acr_values as words (written with
# commas: asadmin's lines are split at spaces), a name for the button (spaces written %20)
if [ "$STAGES_OIDC_ISSUER" != off ]; then
  if ! [[ "$STAGES_OIDC_ISSUER" =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$ || "$STAGES_OIDC_ISSUER" =~ ^http://(localhost|127\.0\.0\.1)(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$ ]]; then
    echo "STAGES_OIDC_ISSUER doit être l'adresse https:// de l'émetteur OpenID Connect, sans paramètres (reçu : $STAGES_OIDC_ISSUER)" >&2
    exit 2
  fi
  if ! [[ "$STAGES_OIDC_CLIENT_ID" =~ ^[A-Za-z0-9._~@-]{1,200}$ ]] || [ "$STAGES_OIDC_CLIENT_ID" = none ]; then
    echo "STAGES_OIDC_CLIENT_ID doit être l'identifiant de client donné par le fournisseur (lettres, chiffres, . _ ~ @ -)" >&2
    exit 2
  fi
  if [ -z "$STAGES_OIDC_CLIENT_SECRET" ] && ! adm list-password-aliases 2>/dev/null | grep -qx stages-oidc-client-secret; then
    echo "STAGES_OIDC_ISSUER demande STAGES_OIDC_CLIENT_SECRET (le secret du client donné par le fournisseur)" >&2
    exit 2
  fi
fi
if ! [[ "$STAGES_OIDC_SCOPES" =~ ^[A-Za-z0-9_.:\ -]+$ ]]; then
  echo "STAGES_OIDC_SCOPES doit être une liste de scopes séparés par des espaces (reçu : $STAGES_OIDC_SCOPES)" >&2
  exit 2
fi
if ! [[ "$STAGES_OIDC_ACR_VALUES" =~ ^[A-Za-z0-9_.:\ -]+$ ]]; then
  echo "STAGES_OIDC_ACR_VALUES doit être une liste de valeurs séparées par des espaces, ou none (reçu : $STAGES_OIDC_ACR_VALUES)" >&2
  exit 2
fi
if ! [[ "$STAGES_OIDC_NAME" =~ ^[A-Za-z0-9\ ._-]{1,40}$ ]]; then
  echo "STAGES_OIDC_NAME doit être le nom du fournisseur, 40 lettres, chiffres ou espaces au plus (reçu : $STAGES_OIDC_NAME)" >&2
  exit 2
fi
scopes=$(tr -s ' ' <<< "$STAGES_OIDC_SCOPES" | sed 's/^ //; s/ $//'); export STAGES_OIDC_SCOPES_LIST=${scopes// /,}
acr=$(tr -s ' ' <<< "$STAGES_OIDC_ACR_VALUES" | sed 's/^ //; s/ $//'); export STAGES_OIDC_ACR_LIST=${acr// /,}
export STAGES_OIDC_NAME_PROPERTY=${STAGES_OIDC_NAME// /%20}

# Replaces ${NAME} by the variable's value; ${NAME|escaped} also escapes ':' and '=' for asadmin property lists.
# Other ${...} forms (${com.sun.aas.instanceRoot}, ${ALIAS=...}) are Payara's own and stay as they are.
expand() {
  perl -ne 'next if /^\s*(#|$)/; s/\$\{(\w+)(\|escaped)?\}/defined $ENV{$1} ? ($2 ? ($ENV{$1} =~ s{([:=])}{\\$1}gr) : $ENV{$1}) : die "variable $1 non définie dans $ARGV\n"/ge; print' "$1"
}

declare -A listed
exists() { # exists LIST-COMMAND NAME
  if [ -z "${listed[$1]+x}" ]; then listed[$1]=$(adm "$1" 2>/dev/null | sed 's/[[:space:]].*//' || true); fi
  grep -qxF -- "$2" <<< "${listed[$1]}"
}

declare -A current
unchanged() { # unchanged KEY=VALUE: true when the domain already holds that value (get one prefix at a time)
  # a last segment may hold escaped dots (property.imq\.jms\.tcp\.hostname): get lists it unescaped
  local prefix
  prefix=$(sed -E 's/\.([^.\\]|\\\.)+$//' <<< "${1%%=*}")
  if [ -z "${current[$prefix]+x}" ]; then current[$prefix]=$(adm get "$prefix.*" 2>/dev/null || true); fi
  grep -qxF -- "${1//\\./.}" <<< "${current[$prefix]}"
}

changed=0
run_file() {
  local line words cmd name list content
  content=$(expand "$1")   # fails here, before any command, on an undefined variable
  while IFS= read -r line; do
    read -r -a words <<< "$line"
    cmd=${words[0]}; name=${words[-1]}; list=
    case "$cmd" in
      create-jdbc-connection-pool) list=list-jdbc-connection-pools ;;
      create-jdbc-resource)        list=list-jdbc-resources ;;
      create-jms-resource)         list=list-jms-resources ;;
      create-javamail-resource)    list=list-javamail-resources ;;
      create-jvm-options)          list=list-jvm-options ;;
      add-library)                 list=list-libraries; name=$(basename "$name") ;;
    esac
    if [ -n "$list" ] && exists "$list" "$name"; then
      echo "  = $cmd $name (déjà présent)"
      continue
    fi
    if [ "$cmd" = set ] && [ ${#words[@]} -eq 2 ] && unchanged "${words[1]}"; then
      continue
    fi
    echo "  + $line"
    adm "${words[@]}" > /tmp/stages-apply.$$ 2>&1 || { cat /tmp/stages-apply.$$ >&2; rm -f /tmp/stages-apply.$$; echo "échec : $line" >&2; exit 1; }
    rm -f /tmp/stages-apply.$$
    if [ -n "$list" ]; then changed=1; fi  # an if: a false test as last command would fail the function
    case "$cmd ${words[1]:-}" in # read by Payara at start only
      "set configs.config.server-config.transaction-service."*|"set configs.config.server-config.network-config.network-listeners.network-listener.admin-listener."*|"set resources.jdbc-connection-pool.StagesH2Pool.property.URL="*|"set configs.config.server-config.thread-pools."*|"set configs.config.server-config.hazelcast-"*|"set configs.config.server-config.microprofile-"*|"set configs.config.server-config.jms-service."*|"set configs.config.server-config.iiop-service."*|"set configs.config.server-config.admin-service."*|"set configs.config.server-config.network-config.network-listeners.network-listener.http-listener-2."*|"set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.s"*) changed=1 ;;
    esac
  done <<< "$content"
}

ensure_password_alias() { # ensure_password_alias NAME VALUE
  # --passwordfile is an option of asadmin itself; keep the admin credentials the caller may have given in one
  local pw given="" others=() i
  pw=$(mktemp); chmod 600 "$pw"
  for ((i = 0; i < ${#opts[@]}; i++)); do
    if [ "${opts[$i]}" = --passwordfile ]; then given=${opts[$((i + 1))]}; i=$((i + 1)); else others+=("${opts[$i]}"); fi
  done
  # or through asadmin's environment (run.sh): an explicit --passwordfile replaces AS_ADMIN_PASSWORDFILE
  [ -z "$given" ] && given=${AS_ADMIN_PASSWORDFILE:-}
  [ -n "$given" ] && grep -v '^AS_ADMIN_ALIASPASSWORD=' "$given" > "$pw"
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2" >> "$pw"
  if adm list-password-aliases 2>/dev/null | grep -qxF "$1"; then
    "$ASADMIN" "${others[@]}" --passwordfile "$pw" update-password-alias "$1" > /dev/null
  else
    "$ASADMIN" "${others[@]}" --passwordfile "$pw" create-password-alias "$1" > /dev/null; changed=1
  fi
  rm -f "$pw"
}

# jvm_option PATTERN WANTED: the domain's JVM options matching PATTERN (a grep -E) become WANTED alone, or none when
# WANTED is empty; replaced, not added, so that one value rules (Payara's default domain says -Xmx512m)
jvm_option() {
  local current
  current=$(adm list-jvm-options 2>/dev/null | sed 's/ *-->.*//' | grep -E "$1" | head -1 || true)
  if [ "$current" != "$2" ]; then
    echo "  + option de la JVM : ${current:-aucune} -> ${2:-aucune}"
    if [ -n "$current" ]; then adm delete-jvm-options "${current//:/\\:}" > /dev/null; fi
    if [ -n "$2" ]; then adm create-jvm-options "${2//:/\\:}" > /dev/null; fi
    changed=1
  fi
}

jvm() {
  jvm_option '^-Xmx' "-Xmx$STAGES_HEAP"
  # G1 by default; the parallel collector needs ~30 MB less native memory and, with a small heap on two
  # cores, served more (bench/README.md), at the cost of longer full collections
  jvm_option '^-XX:\+UseParallelGC$' "$([ "$STAGES_GC" = parallel ] && echo -XX:+UseParallelGC)"
  # Native memory freed by the JIT and the C library goes back to the system every 2 s (70 MB seen under
  # load; peaks 30 MB lower than with 5 s in a probe that also capped the code cache, bench/README.md); JDK
  # 17.0.9 and later only
  local java=${JAVA_HOME:+$JAVA_HOME/bin/}java trim=
  if "$java" -XX:TrimNativeHeapInterval=2000 -version > /dev/null 2>&1; then trim=-XX:TrimNativeHeapInterval=2000; fi
  jvm_option '^-XX:TrimNativeHeapInterval=' "$trim"
}

echo "Configuration Stages (base : $STAGES_DB, SMTP : $STAGES_SMTP_HOST:$STAGES_SMTP_PORT, URL : $STAGES_BASE_URL)"
# The key that hashes candidates' network addresses for the rate limits and signs their withdrawal links: the
# password alias stages-client-key, read by the application through MicroProfile Config. Given
# (STAGES_CLIENT_KEY), or kept from the domain's alias, or taken from the system property stages.client-key of a
# domain configured before (then deleted: Payara's administration lists system properties to whoever reaches it),
# or drawn at random the first time; never printed. A key anyone knows would let them forge withdrawal links and
# find an IPv4 address back from its hash by trying them all.
client_key() {
  local key=${STAGES_CLIENT_KEY:-} old
  old=$(adm list-system-properties 2>/dev/null | sed -n 's/^stages\.client-key=//p' | head -1)
  if [ -z "$key" ] && adm list-password-aliases 2>/dev/null | grep -qx stages-client-key; then
    key=""   # kept as it is
  elif [ -z "$key" ] && [ -n "$old" ]; then
    key=$old
  elif [ -z "$key" ]; then
    key=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    key=${key:0:40}
  fi
  if [ -n "$key" ]; then
    if ! [[ "$key" =~ ^[A-Za-z0-9]{32,}$ ]]; then
      echo "STAGES_CLIENT_KEY doit compter au moins 32 lettres et chiffres" >&2
      exit 2
    fi
    echo "  + alias de mot de passe stages-client-key (clé secrète de la plateforme, masquée)"
    ensure_password_alias stages-client-key "$key"   # read by the application at its start
  fi
  if [ -n "$old" ]; then
    echo "  + delete-system-property stages.client-key (remplacée par l'alias)"
    adm delete-system-property stages.client-key > /dev/null
    changed=1
  fi
}
client_key
run_file "$here/asadmin/common.asadmin"
# Payara's OpenAPI document off (see common.asadmin): its configuration exists once its own command has run
if ! adm get configs.config.server-config.microprofile-openapi-configuration.enabled 2>/dev/null | grep -q '=false$'; then
  echo "  + set-openapi-configuration --enabled=false"
  adm set-openapi-configuration --enabled=false > /dev/null
  changed=1
fi
jvm
if [ "$STAGES_SMTP_AUTH" = true ]; then
  ensure_password_alias stages-smtp-password "$STAGES_SMTP_PASSWORD"
  run_file "$here/asadmin/mail-auth.asadmin"
fi
if [ "$STAGES_DB" = postgresql ]; then ensure_password_alias stages-db-password "$STAGES_DB_PASSWORD"; fi
if [ "$STAGES_OIDC_ISSUER" != off ] && [ -n "$STAGES_OIDC_CLIENT_SECRET" ]; then
  echo "  + alias de mot de passe stages-oidc-client-secret (secret du client OpenID Connect, masqué)"
  ensure_password_alias stages-oidc-client-secret "$STAGES_OIDC_CLIENT_SECRET"   # read by the application
fi
run_file "$here/asadmin/database-$STAGES_DB.asadmin"
if [ "$changed" = 1 ]; then echo "RESTART_REQUIRED"; fi
exit 0
