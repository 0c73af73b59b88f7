package fr.stages.demo;

import fr.stages.accounts.control.Passwords;
import fr.stages.accounts.entity.Agent;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.Candidate;
import fr.stages.applications.entity.Document;
import fr.stages.applications.entity.DocumentKind;
import fr.stages.applications.entity.Interview;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import fr.stages.directions.entity.Service;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.offers.entity.Period;
import fr.stages.platform.CityTime;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

@Singleton
@Startup
@DependsOn("Migrations")
public class DemoData {

    public static final String ENABLED_PROPERTY = "stages.demo-data";
    /** The demo accounts' password, printed by run.sh and the README; never used outside demo domains. */
    public static final String PASSWORD = "stages-demo";
    public static final String AGENT_LOGIN = "agent.dac@stages.example";
    public static final String CORRESPONDENT_LOGIN = "correspondant.deve@stages.example";
    public static final String OFFICE_LOGIN = "bureau.stages@stages.example";

    /** Each offer of the catalogue is loaded as this many sessions of the same internship, in various states. */
    static final int SESSIONS_PER_OFFER = 4;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String[] FIRST_NAMES = {"Camille", "Léa", "Hugo", "Inès", "Lucas", "Chloé", "Yanis",
        "Manon", "Adam", "Jade", "Nathan", "Sarah", "Louis", "Aïcha", "Théo", "Emma", "Mehdi", "Zoé", "Karim",
        "Lina", "Arthur", "Fatou", "Noah", "Clara", "Sacha", "Maëlys", "Rayan", "Anaïs", "Tom", "Salomé"};
    private static final String[] LAST_NAMES = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
        "Petit", "Durand", "Leroy", "Moreau", "Benali", "Laurent", "Lefèvre", "Michel", "Garcia", "Diallo",
        "Nguyen", "Fontaine", "Chevalier", "Haddad", "Rousseau", "Blanc", "Traoré", "Girard", "Mercier"};
    private static final String[] SCHOOLS = {"Université Paris Cité", "Sorbonne Université",
        "Université Paris 1 Panthéon-Sorbonne", "Université Paris-Panthéon-Assas", "Sciences Po Paris",
        "Université Sorbonne Nouvelle", "IUT de Paris – Rives de Seine", "Université Paris-Est Créteil",
        "Conservatoire national des arts et métiers", "Université Paris 8 Vincennes-Saint-Denis",
        "École nationale des chartes", "Lycée Diderot"};

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    private final Random random = new Random(2026);

    @PostConstruct
    void loadIfWanted() {
        if (!Boolean.getBoolean(ENABLED_PROPERTY)) {
            return;
        }
        if (em.createQuery("select count(d) from Direction d", Long.class).getSingleResult() > 0) {
            LOG.info("Données de démonstration : base déjà remplie, rien n'est chargé.");
            return;
        }
        Map<String, Direction> directions = directions();
        Map<String, Place> places = places();
        Map<String, JobFamily> families = jobFamilies();
        List<DemoOffer> catalogue = DemoOffer.read(open("offers.txt"));
        Map<String, Service> services = services(catalogue, directions);
        Map<String, Agent> agents = agents(directions, services);
        List<Offer> offers = offers(catalogue, directions, services, places, families, agents);
        int applications = applications(offers, agents);
        int spontaneous = spontaneousApplications(directions, families);
        LOG.info(() -> "Données de démonstration chargées : " + directions.size() + " directions, "
                + services.size() + " services, " + offers.size() + " offres, " + applications
                + " candidatures, " + spontaneous + " candidatures spontanées, " + agents.size() + " comptes.");
    }

    private Map<String, Direction> directions() {
        Map<String, Direction> directions = new LinkedHashMap<>();
        for (String[] row : rows("directions.csv")) {
            Direction direction = new Direction(row[0], row[1], row[2]);
            em.persist(direction);
            directions.put(row[0], direction);
        }
        return directions;
    }

    private Map<String, Place> places() {
        Map<String, Place> places = new HashMap<>();
        for (String[] row : rows("places.csv")) {
            Place place = new Place(row[0], row[1], row[5], row[2], new BigDecimal(row[3]), new BigDecimal(row[4]));
            em.persist(place);
            places.put(row[0], place);
        }
        return places;
    }

    private Map<String, JobFamily> jobFamilies() {
        Map<String, JobFamily> families = new HashMap<>();
        for (String[] row : rows("job_families.txt")) {
            JobFamily family = new JobFamily(row[0], row[1]);
            em.persist(family);
            families.put(row[0], family);
        }
        return families;
    }

    private Map<String, Service> services(List<DemoOffer> catalogue, Map<String, Direction> directions) {
        Map<String, Service> services = new HashMap<>();
        for (DemoOffer offer : catalogue) {
            services.computeIfAbsent(offer.serviceName(), name -> {
                Service service = new Service(existing(directions, offer.directionCode()), name,
                        offer.serviceAddress());
                em.persist(service);
                return service;
            });
        }
        return services;
    }

    private Map<String, Agent> agents(Map<String, Direction> directions, Map<String, Service> services) {
        Map<String, Agent> agents = new HashMap<>();
        Agent agent = Agent.ofService(AGENT_LOGIN, passwords.hash(PASSWORD.toCharArray()), "Claire Moulin",
                existing(services, "Bibliothèques de la Ville de Paris – médiathèque Françoise-Sagan"));
        Agent correspondent = Agent.correspondent(CORRESPONDENT_LOGIN, passwords.hash(PASSWORD.toCharArray()),
                "Julien Roche", existing(directions, "DEVE"));
        Agent office = Agent.office(OFFICE_LOGIN, passwords.hash(PASSWORD.toCharArray()), "Nadia Belkacem");
        for (Agent a : List.of(agent, correspondent, office)) {
            em.persist(a);
        }
        agents.put("DAC", agent);
        agents.put("DEVE", correspondent);
        agents.put("office", office);
        return agents;
    }

    private List<Offer> offers(List<DemoOffer> catalogue, Map<String, Direction> directions,
                               Map<String, Service> services, Map<String, Place> places,
                               Map<String, JobFamily> families, Map<String, Agent> agents) {
        LocalDate today = CityTime.today();
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            DemoOffer d = catalogue.get(i);
            for (int variant = 0; variant < SESSIONS_PER_OFFER; variant++) {
                Offer offer = new Offer(existing(directions, d.directionCode()), existing(services, d.serviceName()),
                        existing(families, d.jobFamily()), existing(places, d.placeCode()),
                        agents.get(d.directionCode()));
                State state = state(i, variant);
                LocalDate deadline = switch (state) {
                    case EXPIRED, FILLED -> today.minusDays(3 + random.nextInt(60));
                    // each variant is another session of the same internship, about two months later
                    default -> today.plusDays(7 + random.nextInt(30) + variant * 60L);
                };
                LocalDate start = deadline.plusDays(14 + random.nextInt(30))
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                offer.describe(d.title(), d.missions(), d.profile())
                        .schedule(new Period(start, d.weeks()), d.weeklyHours(), deadline)
                        .conditions(d.paid(), d.level(), d.remote(), variant == 1 && i % 4 == 0 ? 2 : 1,
                                d.serviceAddress(), "stages." + d.directionCode().toLowerCase() + "@paris.example");
                em.persist(offer);
                offer.assignReference();
                // publication history: published some weeks before the deadline, then the state's transition
                LocalDate publishedOn = deadline.minusDays(20 + random.nextInt(40));
                if (state != State.DRAFT) {
                    offer.publish(publishedOn.isAfter(today) ? today : publishedOn);
                    LocalDate shown = publishedOn.isAfter(today) ? today.minusDays(random.nextInt(10)) : publishedOn;
                    offer.backdatePublication(shown.atTime(9 + random.nextInt(8), random.nextInt(60)));
                }
                switch (state) {
                    case UNPUBLISHED -> offer.unpublish();
                    case FILLED -> offer.markFilled();
                    case EXPIRED -> offer.expireIfOverdue(today);
                    default -> { }
                }
                offers.add(offer);
            }
        }
        return offers;
    }

    enum State { DRAFT, PUBLISHED, UNPUBLISHED, EXPIRED, FILLED }

    /**
     * Two or three of four variants online for most offers (105 of 168: the city has 100+ online at any time);
     * the others spread over every other state.
     */
    static State state(int offer, int variant) {
        return switch (variant) {
            case 0 -> State.PUBLISHED;
            case 1 -> offer % 3 == 0 ? State.DRAFT : State.PUBLISHED;
            case 2 -> offer % 2 == 1 ? State.PUBLISHED : State.values()[offer % 5];
            default -> new State[] {State.EXPIRED, State.FILLED, State.PUBLISHED, State.UNPUBLISHED}[offer % 4];
        };
    }

    /**
     * The demo candidate, whose address a newcomer signs in with (the link arrives in the mail catcher): their
     * applications to the first offers online and one spontaneous application are in their space.
     */
    public static final String DEMO_CANDIDATE = "ines.martin@etudiant.example";
    private static final int DEMO_CANDIDATE_APPLICATIONS = 4;

    private int applications(List<Offer> offers, Map<String, Agent> agents) {
        int count = 0;
        int demoCandidate = 0;
        LocalDateTime now = CityTime.now();
        for (Offer offer : offers) {
            if (offer.getPublishedAt() == null) {
                continue;
            }
            int n = random.nextInt(7);
            for (int k = 0; k < n; k++) {
                Candidate candidate = candidate(offer.getEducationLevel());
                if (k == 0 && demoCandidate < DEMO_CANDIDATE_APPLICATIONS && offer.getStatus() == OfferStatus.PUBLISHED) {
                    candidate = demoCandidate(offer.getEducationLevel());
                    demoCandidate++;
                }
                Document cv = new Document(DocumentKind.CV, "CV " + candidate.getFullName(), DemoCv.of(candidate));
                em.persist(cv);
                Application application = Application.imported(offer, candidate,
                        "Madame, Monsieur,\n\nVotre offre « " + offer.getTitle() + " » correspond au projet "
                                + "professionnel que je construis dans ma formation. Je serais heureux·se de mettre "
                                + "ma motivation au service de votre équipe.\n\nBien cordialement.", cv);
                LocalDateTime received = offer.getPublishedAt().plusHours(6 + random.nextInt(24 * 20));
                application.backdate(received.isAfter(now) ? now.minusHours(random.nextInt(48)) : received);
                progress(application, agents);
                em.persist(application);
                count++;
            }
        }
        return count;
    }

    /**
     * Moves some applications along the pipeline, as the demo account that manages the offer would (the office
     * for the directions without one): read, shortlisted, invited to an interview in the coming days, rejected;
     * accepted on filled offers. About half stay as received, so the lists show new and late ones too. No mail
     * leaves: the entities record the steps, only the recruitment boundary writes to candidates.
     */
    private void progress(Application application, Map<String, Agent> agents) {
        Offer offer = application.getOffer();
        Agent by = agents.values().stream().filter(a -> !a.seesEveryDirection() && offer.isManagedBy(a)).findFirst()
                .orElse(agents.get("office"));
        int draw = random.nextInt(20);
        if (offer.getStatus() == OfferStatus.FILLED && draw < 10) {
            application.open(by);
            application.accept(by);
            return;
        }
        if (draw < 10) {
            return;
        }
        application.open(by);
        if (draw < 13) {
            return;
        }
        if (draw < 17) {
            application.shortlist(by);
            if (draw >= 15) {
                LocalDate day = CityTime.today().plusDays(3 + random.nextInt(12));
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    day = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)); // offices are closed
                }
                LocalDateTime start = day.atTime(random.nextBoolean() ? 10 : 14, 30);
                String where = offer.getAddress() == null || offer.getAddress().isBlank() ? offer.getPlace().getName()
                        : offer.getAddress();
                application.invite(by, new Interview(start, 45, where, by.getDisplayName(), CityTime.now()));
            }
            return;
        }
        application.reject(by, REASONS[random.nextInt(REASONS.length)]);
    }

    private static final String[] REASONS = {"Profil éloigné des missions", "Dates incompatibles",
        "Niveau d'études insuffisant pour la convention", "Autre candidature retenue"};

    private int spontaneousApplications(Map<String, Direction> directions, Map<String, JobFamily> families) {
        List<Direction> allDirections = new ArrayList<>(directions.values());
        List<JobFamily> allFamilies = new ArrayList<>(families.values());
        int count = 12;
        for (int k = 0; k < count; k++) {
            Set<Direction> wishedDirections = k % 4 == 0 ? Set.of()
                    : Set.of(allDirections.get(random.nextInt(allDirections.size())));
            Set<JobFamily> wishedFamilies = Set.of(allFamilies.get(random.nextInt(allFamilies.size())));
            LocalDate wishedStart = CityTime.today().plusMonths(2 + random.nextInt(5)).withDayOfMonth(1);
            Candidate candidate = candidate(EducationLevel.values()[3 + random.nextInt(6)]);
            if (k == 1) {
                candidate = demoCandidate(candidate.getEducationLevel());
            }
            Document cv = new Document(DocumentKind.CV, "CV " + candidate.getFullName(), DemoCv.of(candidate));
            em.persist(cv);
            em.persist(new SpontaneousApplication(candidate, wishedDirections, wishedFamilies, wishedStart,
                    wishedStart.plusWeeks(8 + random.nextInt(18)),
                    "Je souhaite découvrir le service public parisien et mettre en pratique ma formation.", cv));
        }
        return count;
    }

    private static Candidate demoCandidate(EducationLevel level) {
        return new Candidate("Inès", "Martin", DEMO_CANDIDATE, "06 12 34 56 78", "Université Paris Cité",
                course(level), level, "fr");
    }

    private Candidate candidate(EducationLevel level) {
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        String email = (strip(first) + "." + strip(last) + random.nextInt(100) + "@etudiant.example").toLowerCase();
        String phone = String.format("06 %02d %02d %02d %02d", random.nextInt(100), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
        return new Candidate(first, last, email, phone, SCHOOLS[random.nextInt(SCHOOLS.length)],
                course(level), level, random.nextInt(10) == 0 ? "en" : "fr");
    }

    private static String course(EducationLevel level) {
        return switch (level) {
            case COLLEGE_3E -> "Classe de 3e";
            case LYCEE_2NDE -> "Seconde générale et technologique";
            case CAP_BEP -> "CAP jardinier paysagiste";
            case BAC -> "Baccalauréat professionnel";
            case BAC_2 -> "BTS (2e année)";
            case BAC_3 -> "Licence 3";
            case BAC_4 -> "Master 1";
            case BAC_5 -> "Master 2";
            case DOCTORATE -> "Doctorat";
        };
    }

    private static String strip(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static <T> T existing(Map<String, T> map, String key) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("donnée de démonstration inconnue : " + key);
        }
        return value;
    }

    private static InputStream open(String name) {
        InputStream in = DemoData.class.getResourceAsStream("/demo/" + name);
        if (in == null) {
            throw new IllegalStateException("ressource de démonstration absente : " + name);
        }
        return in;
    }

    /** Lines of a ';'-separated resource, without comments; a line without ';' is one column. */
    private static List<String[]> rows(String name) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
