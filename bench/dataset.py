#!/usr/bin/env python3
"""Realistic volumes for the benchmark: a deterministic (seeded) dataset written as one SQL script.

    python3 bench/dataset.py --size city --dialect postgresql | psql -q -v ON_ERROR_STOP=1 -d stages_bench
    python3 bench/dataset.py --size city --dialect h2 > city.sql   (then H2's RunScript, see load-dataset.sh)

It fills the tables of the real schema, which the platform's migrations create when it first starts on an
empty database (with STAGES_DEMO_DATA=false): nothing here defines a table. The directions, places and job
families are the demo data's (same codes, so the search filters of the load scripts apply): a database with the
demo data loaded is refused by load-dataset.sh. PostgreSQL gets COPY blocks (psql
reads them from the script), H2 multi-row INSERTs. Sequences are moved past the ids written, so the platform
goes on creating rows after them.

Sizes (see issue 7):
  city      1 organisation, the 26 demo directions, 150 services, 1,000 offers (150 online), 20,000 applications,
            12,000 candidates, 500 CV files of 50-500 KB;
  national  100,000 offers (10,000 online), 1,000,000 applications, 300,000 candidates, 10,000 CV files.
The first offer online (id OFFER_2000) has exactly 2,000 applications: the back-office scenario's offer (S5); 500
of them, pending, from the school "Lycée bench-500" with addresses @rejet-bench.example, are the bulk rejection's
(S6).
Accounts (password "stages-bench"): bench.bureau@stages.example (office) and bench.agent@stages.example
(agent of the first direction, no service: it manages that offer).
"""
import argparse
import base64
import datetime
import hashlib
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# the demo data's reference lists (directions, places, job families), shared with the platform's own demo
DEMO = os.path.join(HERE, "..", "stages-ejb", "src", "main", "resources", "demo")
FIRST_ID = 1_000_000  # above anything the platform's sequences handed out in an empty database
PASSWORD = "stages-bench"

SIZES = {
    "city": dict(services=150, offers=1_000, online=150, applications=20_000, candidates=12_000,
                 documents=500),
    "national": dict(services=150, offers=100_000, online=10_000, applications=1_000_000,
                     candidates=300_000, documents=10_000),
}
LEVELS = ["COLLEGE_3E", "LYCEE_2NDE", "CAP_BEP", "BAC", "BAC_2", "BAC_3", "BAC_3", "BAC_4", "BAC_5", "BAC_5"]
TOPICS = [
    "accueil des publics", "plan climat", "bibliothèques de quartier", "budget participatif", "végétalisation",
    "propreté de l'espace public", "piscines municipales", "petite enfance", "conservatoires", "musées",
    "mobilités douces", "logement social", "archives", "communication numérique", "données ouvertes",
    "marchés publics", "ressources humaines", "prévention et sécurité", "sport de proximité", "événementiel",
    "jardins partagés", "seniors", "jeunesse", "solidarités", "santé environnementale", "urbanisme transitoire",
    "patrimoine", "état civil", "relations internationales", "égalité femmes-hommes", "handicap et accessibilité",
    "économie circulaire", "alimentation durable", "qualité de l'air", "réseaux de chaleur", "éclairage public",
]
MISSIONS = [
    "Participer à l'accueil et à l'orientation du public", "Mettre à jour les tableaux de suivi de l'activité",
    "Préparer les supports d'une réunion publique", "Analyser les réponses d'une enquête auprès des usagers",
    "Rédiger des fiches pratiques pour les habitants", "Accompagner l'équipe lors des visites de terrain",
    "Contribuer à la préparation d'un marché public", "Cartographier les équipements du quartier",
    "Animer des ateliers avec les enfants", "Produire des contenus pour le site de la Ville",
    "Organiser un événement de quartier", "Inventorier les collections et les documents",
    "Suivre les indicateurs du plan climat", "Préparer les dossiers de subvention des associations",
]
PROFILES = [
    "Sens du service public et goût du contact.", "Rigueur, autonomie et esprit d'équipe.",
    "Aisance rédactionnelle et curiosité.", "Maîtrise des outils bureautiques.",
    "Intérêt pour les politiques publiques locales.", "Capacité d'analyse et de synthèse.",
]
SERVICE_KINDS = ["Service de l'accueil", "Bureau des ressources", "Service des équipements", "Mission études",
                 "Service de la communication", "Bureau du budget", "Service des projets", "Service territorial"]
FIRST_NAMES = ["Léa", "Hugo", "Chloé", "Louis", "Inès", "Gabriel", "Manon", "Arthur", "Jade", "Raphaël", "Camille",
               "Nathan", "Zoé", "Adam", "Lina", "Noé", "Emma", "Sacha", "Alice", "Mohamed", "Sarah", "Yanis"]
LAST_NAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
              "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Benali", "Nguyen", "Diallo", "Rousseau", "Blanc"]
SCHOOLS = ["Sorbonne Université", "Université Paris Cité", "Sciences Po Paris", "IUT Paris – Rives de Seine",
           "Lycée Turgot", "Université Paris 8", "École nationale des chartes", "CNAM", "Lycée Lavoisier"]
COURSES = ["Licence d'histoire", "Master urbanisme", "BTS communication", "BUT carrières sociales",
           "Master politiques publiques", "Licence de géographie", "Bac professionnel", "Master droit public"]


def demo(name):
    """The ';'-separated lines of a demo resource, without comments."""
    with open(os.path.join(DEMO, name), encoding="utf-8") as f:
        return [line.rstrip("\n").split(";") for line in f if line.strip() and not line.startswith("#")]


class Script:
    """One table at a time, in the chosen dialect."""

    def __init__(self, dialect, out):
        self.dialect = dialect
        self.out = out

    def table(self, name, columns, rows):
        if self.dialect == "postgresql":
            self.out.write("copy %s (%s) from stdin;\n" % (name, ", ".join(columns)))
            for row in rows:
                self.out.write("\t".join(self.copy_value(v) for v in row) + "\n")
            self.out.write("\\.\n")
        else:
            batch, size = [], 0
            for row in rows:
                batch.append("(" + ", ".join(self.sql_value(v) for v in row) + ")")
                size += len(batch[-1])
                if len(batch) == 200 or size > 2_000_000:  # files: a few per statement
                    self.flush(name, columns, batch)
                    size = 0
            if batch:
                self.flush(name, columns, batch)

    def flush(self, name, columns, batch):
        self.out.write("insert into %s (%s) values\n%s;\n" % (name, ", ".join(columns), ",\n".join(batch)))
        batch.clear()

    def sequence(self, name, next_id):
        self.out.write("alter sequence %s restart with %d;\n" % (name, next_id))

    @staticmethod
    def copy_value(v):
        if v is None:
            return "\\N"
        if isinstance(v, bool):
            return "t" if v else "f"
        if isinstance(v, bytes):
            return "\\\\x" + v.hex()
        s = str(v)
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")

    @staticmethod
    def sql_value(v):
        if v is None:
            return "null"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return str(v)
        if isinstance(v, bytes):
            return "X'" + v.hex() + "'"
        if isinstance(v, datetime.datetime):
            return "timestamp '%s'" % v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, datetime.date):
            return "date '%s'" % v.isoformat()
        return "'" + str(v).replace("'", "''") + "'"


def pdf(number, size):
    """A one-page PDF of that size whose bulk is an unused stream of pseudo-random bytes: as incompressible as
    real CVs (already compressed), the same for the same number."""
    head = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n")
    tail = b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    length = max(0, size - len(head) - len(tail) - 40)
    stream = b"4 0 obj<</Length %d>>stream\n" % length
    return head + stream + hashlib.shake_256(b"cv-%d" % number).digest(length) + tail


def password_hash(password, rng):
    """Jakarta Security's Pbkdf2PasswordHash format, with the platform's parameters (see Passwords)."""
    salt = rng.randbytes(32)
    key = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 210_000, 64)
    return "PBKDF2WithHmacSHA512:210000:%s:%s" % (base64.b64encode(salt).decode(), base64.b64encode(key).decode())


def generate(size, seed, dialect, out, today):
    rng = random.Random(seed)
    n = SIZES[size]
    script = Script(dialect, out)
    now = datetime.datetime.combine(today, datetime.time(9, 0))
    ids = iter(range(FIRST_ID, 10**12))

    directions = demo("directions.csv")
    direction_ids = [next(ids) for _ in directions]
    script.table("direction", ["id", "code", "name", "presentation", "response_days"],
                 ([i, d[0], d[1], d[2], 15] for i, d in zip(direction_ids, directions)))
    services = []
    for k in range(n["services"]):
        services.append((next(ids), direction_ids[k % len(direction_ids)],
                         "%s %d" % (SERVICE_KINDS[k % len(SERVICE_KINDS)], k // len(SERVICE_KINDS) + 1)))
    script.table("service", ["id", "direction_id", "name"], services)
    families = [f[0] for f in demo("job_families.txt")]
    family_ids = [next(ids) for _ in families]
    script.table("job_family", ["id", "name"], ([i, f] for i, f in zip(family_ids, families)))
    places = demo("places.csv")
    place_ids = [next(ids) for _ in places]
    script.table("place", ["id", "code", "name", "postal_code", "latitude", "longitude"],
                 ([i, p[0], p[1], p[2], p[3], p[4]] for i, p in zip(place_ids, places)))
    office, agent = next(ids), next(ids)
    script.table("agent", ["id", "login", "password_hash", "display_name", "email", "role", "direction_id", "active"],
                 [[office, "bench.bureau@stages.example", password_hash(PASSWORD, rng), "Bureau du banc",
                   "bench.bureau@stages.example", "office", None, True],
                  [agent, "bench.agent@stages.example", password_hash(PASSWORD, rng), "Agent du banc",
                   "bench.agent@stages.example", "agent", direction_ids[0], True]])

    # offers: the first `online` ones are published (the first of them in the first direction), the rest spread
    # over every other state
    first_offer = FIRST_ID + 100_000
    offer_ids = list(range(first_offer, first_offer + n["offers"]))
    online = set(offer_ids[: n["online"]])
    offer_rows = []
    for k, oid in enumerate(offer_ids):
        d = 0 if k == 0 else rng.randrange(len(direction_ids))
        service = None if k == 0 else rng.choice([s for s in services[d::len(direction_ids)]] or [None])
        family = rng.randrange(len(families))
        topic = rng.choice(TOPICS)
        status = "PUBLISHED" if oid in online else rng.choice(["EXPIRED", "EXPIRED", "FILLED", "DRAFT", "UNPUBLISHED"])
        deadline = today + datetime.timedelta(days=rng.randint(5, 90)) if status == "PUBLISHED" \
            else today - datetime.timedelta(days=rng.randint(1, 700))
        start = deadline + datetime.timedelta(days=rng.randint(14, 60))
        created = now - datetime.timedelta(days=rng.randint(20, 800), minutes=rng.randint(0, 1440))
        published = None if status == "DRAFT" else created + datetime.timedelta(days=rng.randint(0, 10))
        if status == "PUBLISHED":
            published = now - datetime.timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 1440))
        missions = "\n".join("- " + m + "." for m in rng.sample(MISSIONS, 3))
        offer_rows.append([oid, 1, "BENCH-%07d" % k, status,
                           "%s – %s" % (families[family], topic)[:200], missions + "\nThème : " + topic + ".",
                           " ".join(rng.sample(PROFILES, 2)), direction_ids[d],
                           service[0] if service else None, family_ids[family], rng.choice(place_ids),
                           "%d rue de Lobau, 75004 Paris" % rng.randint(1, 99), start, rng.choice([2, 4, 8, 12, 24]),
                           rng.choice([24, 28, 35]), rng.random() < 0.6, rng.choice(LEVELS), rng.random() < 0.3,
                           1 if rng.random() < 0.9 else 2, deadline, "stages.banc@paris.example",
                           agent if d == 0 else None, created, published or created, published])
    script.table("offer", ["id", "version", "reference", "status", "title", "missions", "profile", "direction_id",
                           "service_id", "job_family_id", "place_id", "address", "start_date", "duration_weeks",
                           "weekly_hours", "paid", "education_level", "remote_possible", "positions",
                           "application_deadline", "contact_email", "author_id", "created_at", "updated_at",
                           "published_at"], offer_rows)

    # CV files, shared by many applications (a candidate sends one CV to several offers)
    doc_first = FIRST_ID + 10_000_000
    doc_ids = list(range(doc_first, doc_first + n["documents"]))

    def documents():
        for did in doc_ids:
            content = pdf(did, rng.randint(50_000, 500_000))
            yield [did, "CV", "cv-%d.pdf" % did, len(content), hashlib.sha256(content).hexdigest(), content, now]
    script.table("document", ["id", "kind", "file_name", "size_bytes", "sha256", "content", "created_at"],
                 documents())

    # applications: 2,000 to the first offer; the rest to offers that were once online, more to recent ones
    applied = [o for o in offer_rows if o[24] is not None]
    weights = [3 if o[3] == "PUBLISHED" else 1 for o in applied]
    total = n["applications"]
    per_offer = {offer_rows[0][0]: 2000}
    for o in rng.choices(applied[1:], weights[1:], k=total - 2000):
        per_offer[o[0]] = per_offer.get(o[0], 0) + 1
    received_from = {o[0]: o[24] for o in applied}
    app_first = FIRST_ID + 20_000_000

    def applications():
        aid = app_first
        for oid, count in per_offer.items():
            for rank, c in enumerate(rng.sample(range(n["candidates"]), min(count, n["candidates"]))):
                first, last = FIRST_NAMES[c % len(FIRST_NAMES)], LAST_NAMES[(c // 7) % len(LAST_NAMES)]
                received = received_from[oid] + datetime.timedelta(minutes=rng.randint(60, 60 * 24 * 30))
                received = min(received, now - datetime.timedelta(minutes=rng.randint(1, 600)))
                status = rng.choice(["RECEIVED", "RECEIVED", "READ", "SHORTLISTED", "REJECTED"])
                email, school = "candidat.%d@etudiant.example" % c, SCHOOLS[c % len(SCHOOLS)]
                if oid == offer_rows[0][0] and rank < 500:
                    # S6: 500 pending applications the agent finds with the words "bench-500" and rejects at
                    # once; their mails go to a domain of their own, counted in the mail catcher
                    status, email, school = "RECEIVED", "candidat.%d@rejet-bench.example" % c, "Lycée bench-500"
                yield [aid, "C-B%08d" % (aid - app_first), oid, status, first, last,
                       email, school, COURSES[c % len(COURSES)],
                       LEVELS[c % len(LEVELS)], "Madame, Monsieur, votre offre m'intéresse beaucoup.",
                       "fr" if c % 10 else "en", received, received, doc_ids[c % len(doc_ids)], False]
                aid += 1
    script.table("application", ["id", "reference", "offer_id", "status", "first_name", "last_name", "email",
                                 "school", "course", "education_level", "message", "language", "received_at",
                                 "status_changed_at", "cv_id", "talent_pool"], applications())

    top = app_first + total + 50
    for seq, next_id in [("direction_seq", FIRST_ID + 100_000), ("service_seq", FIRST_ID + 100_000),
                         ("job_family_seq", FIRST_ID + 100_000), ("place_seq", FIRST_ID + 100_000),
                         ("agent_seq", FIRST_ID + 100_000), ("offer_seq", first_offer + n["offers"] + 50),
                         ("document_seq", doc_first + n["documents"] + 50), ("application_seq", top)]:
        script.sequence(seq, next_id)
    if dialect == "postgresql":
        out.write("analyze direction, service, job_family, place, agent, offer, document, application;\n")
    sys.stderr.write("dataset %s (seed %d): %d offers (%d online), %d applications, %d CV files; "
                     "the offer with 2,000 applications: %d\n"
                     % (size, seed, n["offers"], n["online"], total, n["documents"], first_offer))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="city")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--dialect", choices=["postgresql", "h2"], default="postgresql")
    parser.add_argument("--today", help="the day the data is written for (YYYY-MM-DD; default: today)")
    args = parser.parse_args()
    today = datetime.date.fromisoformat(args.today) if args.today else datetime.date.today()
    out = open(sys.stdout.fileno(), "w", encoding="utf-8", buffering=1 << 20, closefd=False)
    generate(args.size, args.seed, args.dialect, out, today)
    out.flush()


if __name__ == "__main__":
    main()
