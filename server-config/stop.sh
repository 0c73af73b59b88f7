#!/usr/bin/env bash
# Stops what server-config/run.sh started: the Payara domain "stages" and the GreenMail mail catcher.
# The data (H2 database in the domain) stays; run.sh starts again where it stopped.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/server-config/work
if [ -f "$work/admin-password" ]; then
  export AS_ADMIN_USER=admin AS_ADMIN_PASSWORDFILE="$work/admin-password"   # run.sh made it with the domain
fi
if [ -x "$work/payara6/bin/asadmin" ]; then
  # run.sh deploys afresh each time; a domain that starts with the application still registered sometimes
  # fails to reload it (Payara's web container not started yet) and stays unusable until restarted
  admin_port=$((${STAGES_PORTBASE:-8000} + 48))
  "$work/payara6/bin/asadmin" --port "$admin_port" undeploy stages > /dev/null 2>&1 || true
  "$work/payara6/bin/asadmin" stop-domain stages 2>/dev/null && echo "Domaine Payara « stages » arrêté." \
    || echo "Domaine Payara « stages » : déjà arrêté."
fi
if [ -f "$work/greenmail.pid" ]; then
  pid=$(cat "$work/greenmail.pid")
  if kill -0 "$pid" 2>/dev/null && grep -q greenmail "/proc/$pid/cmdline" 2>/dev/null; then
    kill "$pid" && echo "GreenMail arrêté (pid $pid)."
  fi
  rm -f "$work/greenmail.pid"
fi
