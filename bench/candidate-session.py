#!/usr/bin/env python3
"""S7: signs a candidate in as a browser does (asks the link, reads it in GreenMail, confirms it) and prints the
session cookie (JSESSIONID=…) for wrk.

  python3 bench/candidate-session.py bench.candidat@etudiant.example
"""
import http.cookiejar
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

BASE = "http://localhost:8080"
MAILS = "http://localhost:8025"


def received(address):
    """How many mails GreenMail holds for that address (it answers 400 for an address that has none yet)."""
    try:
        return json.load(urllib.request.urlopen(f"{MAILS}/api/user/{address}/messages"))
    except urllib.error.HTTPError as e:
        if e.code in (400, 404):
            return []
        raise


def main():
    address = sys.argv[1]
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    origin = {"Origin": BASE}

    def post(path, fields):
        body = urllib.parse.urlencode(fields).encode()
        return opener.open(urllib.request.Request(BASE + path, data=body, headers=origin)).read().decode()

    before = len(received(address))
    page = post("/compte/connexion.xhtml", {"connexion": "connexion", "connexion:email": address,
                                            "connexion:send": "x", "jakarta.faces.ViewState": "stateless"})
    if 'id="sent"' not in page:
        sys.exit("le lien n'a pas été demandé")
    for _ in range(120):
        mails = received(address)
        if len(mails) > before:
            break
        time.sleep(0.5)
    else:
        sys.exit("pas de lien reçu en une minute")
    text = mails[-1]["mimeMessage"].replace("=\r\n", "").replace("=3D", "=")
    token = re.findall(r"jeton=([A-Za-z0-9_-]+)", text)[-1]
    post("/compte/lien.xhtml", {"lien": "lien", "jeton": token, "lien:confirm": "x",
                                "jakarta.faces.ViewState": "stateless"})
    session = [c for c in jar if c.name == "JSESSIONID"]
    if not session:
        sys.exit("pas de session après la confirmation")
    page = opener.open(BASE + "/compte/candidatures.xhtml").read().decode()
    if "50 candidatures à des offres" not in page:
        sys.exit("la page ne montre pas les 50 candidatures")
    print("JSESSIONID=" + session[0].value)


if __name__ == "__main__":
    main()
