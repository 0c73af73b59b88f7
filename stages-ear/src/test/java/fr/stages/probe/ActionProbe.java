package fr.stages.probe;

import fr.stages.accounts.boundary.Agents;
import fr.stages.applications.boundary.Applications;
import fr.stages.applications.boundary.Recruitment;
import fr.stages.applications.entity.ApplicationCriteria;
import fr.stages.applications.entity.Interview;
import fr.stages.directions.boundary.DirectionSettings;
import fr.stages.directions.boundary.Templates;
import fr.stages.directions.entity.TemplateKind;
import fr.stages.notifications.boundary.Notifications;
import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.OfferForm;
import fr.stages.platform.BusinessException;
import fr.stages.platform.GoneException;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.spontaneous.boundary.SpontaneousApplications;
import fr.stages.spontaneous.entity.PoolCriteria;
import fr.stages.accounts.entity.Agent;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Test-only module: calls one business action of the back office, as the logged-in caller, on the ids the test
 * gives (forged or not), and answers what came of it — "ok", 403 (role refused), 404 (not the caller's), 409
 * and the rule's key (a business rule said no), 410, 422 (input refused) — in plain text; "list" names them. What the back-office
 * pages call is what this calls: the same beans, the same security. The caller logs in with its first request
 * (login and password as HTTP Basic credentials), through the application's own authentication mechanism and
 * identity store, then by its session; a request without them calls as nobody.
 */
@WebServlet("/act")
public class ActionProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The id of a candidate account to sign in as (candidates have no password: the probe proves the address). */
    public static final String CANDIDATE_HEADER = "X-Probe-Candidate-Account";

    @Inject
    SecurityContext security;
    @EJB
    Recruitment recruitment;
    @EJB
    Applications applications;
    @EJB
    Offers offers;
    @EJB
    SpontaneousApplications spontaneous;
    @EJB
    Templates templates;
    @EJB
    DirectionSettings settings;
    @EJB
    Agents agents;
    @EJB
    Notifications notifications;
    @EJB
    fr.stages.candidates.boundary.CandidateAccounts candidates;
    @EJB
    fr.stages.applications.boundary.Reminders reminders;
    @EJB
    fr.stages.alerts.boundary.Alerts alerts;
    @EJB
    fr.stages.statistics.boundary.Statistics statistics;

    /** Every action, by the name the matrix gives it: "Bean.method". */
    private Map<String, Function<Ids, Object>> actions() {
        Map<String, Function<Ids, Object>> all = new LinkedHashMap<>();
        ApplicationCriteria any = new ApplicationCriteria(null, false, null, null, null, null, false);
        all.put("Recruitment.count", p -> recruitment.count(p.get("offer"), any));
        all.put("Recruitment.rows", p -> recruitment.rows(p.get("offer"), any, 0, 25));
        all.put("Recruitment.byStatus", p -> recruitment.byStatus(p.get("offer")));
        all.put("Recruitment.ids", p -> recruitment.ids(p.get("offer"), any));
        all.put("Recruitment.open", p -> recruitment.open(p.get("app1")));
        all.put("Recruitment.shortlist", p -> recruitment.shortlist(p.get("app1")));
        all.put("Recruitment.note", p -> recruitment.note(p.get("app1"), "Note de la sonde"));
        all.put("Recruitment.invite", p -> recruitment.invite(p.get("app1"), new Interview(
                LocalDateTime.now().plusDays(7).withHour(10).withMinute(0), 30, "5 rue Lobau, Paris", null,
                LocalDateTime.now()), "Venez avec votre CV."));
        all.put("Recruitment.contact", p -> recruitment.contact(p.get("offer"), List.of(p.get("app1")),
                "Une question", "Pouvez-vous préciser vos dates ?"));
        all.put("Recruitment.accept", p -> recruitment.accept(p.get("app1")));
        all.put("Recruitment.withdraw", p -> recruitment.withdraw(p.get("app1")));
        all.put("Recruitment.reject", p -> recruitment.reject(p.get("offer"), List.of(p.get("app2")), "Profil",
                "Nous ne pouvons pas donner suite.", "We cannot take it further."));
        all.put("Recruitment.rejectPending", p -> recruitment.rejectPending(p.get("offer"),
                new ApplicationCriteria(null, true, null, p.text("words3"), null, null, false), "Profil",
                "Nous ne pouvons pas donner suite.", "We cannot take it further."));
        all.put("Recruitment.closeFilled", p -> recruitment.closeFilled(p.get("offerP"), true, "Pourvu",
                "L'offre est pourvue.", "The offer is filled."));
        all.put("Applications.ofOffer", p -> applications.ofOffer(p.get("offer")));
        all.put("Applications.document", p -> applications.document(p.get("cv")));
        // lists answer whether they hold the caller's scope only ("ok"), not merely that they answered
        all.put("Offers.ofMyDirection", p -> {
            List<fr.stages.offers.entity.OfferRow> rows = offers.ofMyDirection();
            Agent me = agents.current();
            if (me.serviceScope() != null && rows.stream().anyMatch(r -> !me.serviceScope().getName().equals(r.serviceName()))) {
                return "another service's offer";
            }
            return scoped(p, rows.stream().map(r -> java.util.Set.of(r.directionCode())).toList());
        });
        all.put("Offers.ofMyDirection#one", p -> offers.ofMyDirection(p.get("offer")));
        all.put("Applications.countsOfMyOffers", p -> {
            java.util.Set<Long> counted = applications.countsOfMyOffers().keySet();
            java.util.Set<Long> mine = offers.ofMyDirection().stream().map(r -> r.id())
                    .collect(java.util.stream.Collectors.toSet());
            if (!mine.containsAll(counted)) {
                return "counts of offers outside the caller's scope";
            }
            if (!mine.contains(p.get("offer"))) {
                return "ok";
            }
            // the fixture's offer, counted as its own list of applications says
            List<fr.stages.applications.entity.Application> listed = applications.ofOffer(p.get("offer"));
            java.time.LocalDateTime now = fr.stages.platform.CityTime.now();
            fr.stages.applications.entity.ApplicationCounts expected = new fr.stages.applications.entity.ApplicationCounts(
                    listed.size(), listed.stream().filter(a -> a.getStatus()
                            == fr.stages.applications.entity.ApplicationStatus.RECEIVED).count(),
                    listed.stream().filter(a -> a.isUnansweredAfter(
                            a.getOffer().getDirection().getResponseDays(), now)).count());
            fr.stages.applications.entity.ApplicationCounts counts = applications.countsOfMyOffers()
                    .getOrDefault(p.get("offer"), fr.stages.applications.entity.ApplicationCounts.NONE);
            return listed.isEmpty() || counts.equals(expected) ? "ok" : "counted " + counts + ", listed " + expected;
        });

        all.put("Offers.servicesForMe", p -> {
            List<fr.stages.directions.entity.Service> services = offers.servicesForMe();
            Agent me = agents.current();
            if (me.serviceScope() != null && !services.stream().map(s -> s.getId()).toList()
                    .equals(List.of(me.serviceScope().getId()))) {
                return "more than the agent's service";
            }
            return scoped(p, services.stream().map(s -> java.util.Set.of(s.getDirection().getCode())).toList());
        });
        all.put("Offers.create", p -> {
            Offer created = offers.create(form(p));
            return created.getService() != null && created.getService().getId() == p.get("serviceA") ? "ok"
                    : "elsewhere";
        });
        all.put("Offers.update", p -> offers.update(p.get("offerP"), form(p)));
        all.put("Offers.withHistory", p -> offers.withHistory(p.get("offerP")));
        all.put("Offers.duplicate", p -> offers.duplicate(p.get("offerP")));
        all.put("Offers.unpublish", p -> offers.unpublish(p.get("offerP")));
        all.put("Offers.publish", p -> offers.publish(p.get("offerP")));
        all.put("SpontaneousApplications.pool", p -> {
            // an entry that chose no direction is offered to every direction
            List<fr.stages.spontaneous.entity.SpontaneousApplication> entries = spontaneous.pool(
                    new PoolCriteria(null, null, null, null, 1)).entries();
            Agent me = agents.current();
            return me.seesEveryDirection() || entries.stream().allMatch(s -> s.getDirections().isEmpty()
                    || s.getSortedDirections().stream().anyMatch(d -> d.getId().equals(me.getDirection().getId())))
                    ? "ok" : "another direction's entry";
        });
        all.put("SpontaneousApplications.visible", p -> spontaneous.visible(p.get("spont")));
        all.put("SpontaneousApplications.document", p -> spontaneous.document(p.get("spontCv")));
        all.put("SpontaneousApplications.attach", p -> spontaneous.attach(p.get("spont"), p.get("offer")));
        all.put("Templates.of", p -> templates.of(p.get("direction"), TemplateKind.REJECTION));
        all.put("Templates.mine", p -> scoped(p, templates.mine(TemplateKind.REJECTION).stream()
                .map(t -> java.util.Set.of(t.getDirection().getCode())).toList()));
        all.put("Templates.adopt", p -> templates.adopt(TemplateKind.INVITATION, 0, "Adopté par la sonde",
                "Texte français.", "English text."));
        all.put("Templates.save", p -> templates.save(p.get("template"), TemplateKind.REJECTION, "Par la sonde",
                "Texte français.", "English text."));
        all.put("Templates.delete", p -> {
            templates.delete(p.get("template"));
            return "ok";
        });
        all.put("DirectionSettings.mine", p -> scoped(p, List.of(java.util.Set.of(settings.mine().getCode()))));
        // values that differ from the fixture's (no address, 15 days): a refused call provably changed nothing
        all.put("DirectionSettings.designateNoticeAddress", p -> settings.designateNoticeAddress(
                "avis." + p.text("tag").toLowerCase() + "@paris.example"));
        all.put("DirectionSettings.expectAnswersWithin", p -> settings.expectAnswersWithin(21));
        all.put("Reminders.ofMyDirection", p -> {
            java.util.Set<String> ours = agents.ofMyDirection().stream().map(a -> a.getEmail().toLowerCase())
                    .collect(java.util.stream.Collectors.toSet());
            return reminders.ofMyDirection().sent().stream().allMatch(r -> ours.contains(r.recipient().toLowerCase()))
                    ? "ok" : "another direction's reminder";
        });
        all.put("Agents.current", p -> agents.current());
        all.put("Agents.changePassword", p -> {
            agents.changePassword("pas-le-bon-mot-de-passe", "un-nouveau-mot-de-passe-long",
                    "un-nouveau-mot-de-passe-long");
            return "ok";
        });
        all.put("Agents.ofMyDirection", p -> scoped(p, agents.ofMyDirection().stream()
                .map(a -> java.util.Set.of(a.getDirection().getCode())).toList()));
        all.put("Agents.servicesOfMyDirection", p -> scoped(p, agents.servicesOfMyDirection().stream()
                .map(s -> java.util.Set.of(s.getDirection().getCode())).toList()));
        all.put("Agents.open", p -> agents.open("Agent de la sonde", p.text("newAgent"), p.get("serviceA")));
        all.put("Agents.setActive", p -> agents.setActive(p.get("agentZ"), false));
        all.put("Notifications.failed", p -> notifications.failed());
        all.put("Notifications.waiting", p -> notifications.waiting());
        all.put("Notifications.resentAfterInterruption", p -> notifications.resentAfterInterruption());
        all.put("Notifications.resend", p -> {
            notifications.resend(p.get("mail"));
            return "ok";
        });
        all.put("CandidateAccounts.current", p -> candidates.current());
        // the candidate's file holds nothing of the fixture's applications, sent by other addresses
        all.put("CandidateAccounts.file", p -> candidates.file().applications().stream()
                .anyMatch(a -> a.getId() == p.get("app1") || a.getId() == p.get("app2")) ? "sees another's" : "ok");
        all.put("CandidateAccounts.withdraw", p -> candidates.withdraw(p.get("app1")));
        all.put("CandidateAccounts.interviewCalendar", p -> candidates.interviewCalendar(p.get("app1")));
        // the export holds nothing of the fixture (another person's applications, sent by other addresses)
        all.put("CandidateAccounts.export", p -> new String(candidates.export().json(),
                java.nio.charset.StandardCharsets.UTF_8).contains(p.text("words3")) ? "exports another's" : "ok");
        // the profile is the candidate's own: their address, nothing of the fixture's candidates
        all.put("CandidateAccounts.profile", p -> candidates.profile().firstName() == null
                && candidates.profile().email().equals(candidates.current().getEmail()) ? "ok" : "another's profile");
        all.put("CandidateAccounts.saveProfile", p -> {
            candidates.saveProfile(new fr.stages.candidates.entity.Profile(null, "Prénom", "Probe", null, null, null, null));
            return candidates.current().profile().lastName().equals("Probe") ? "ok" : "not saved";
        });
        // their CVs only: none of another account's
        all.put("CandidateAccounts.storedCvs", p -> candidates.storedCvs().stream()
                .anyMatch(c -> c.getId() == p.get("storedCv")) ? "sees another's" : "ok");
        all.put("CandidateAccounts.storeCv", p -> candidates.storeCv("CV de la sonde",
                new fr.stages.applications.entity.Upload("cv.pdf", onePagePdf()))
                .getAccountId().equals(candidates.current().getId()) ? "ok" : "stored elsewhere");
        all.put("CandidateAccounts.renameCv", p -> candidates.renameCv(p.get("storedCv"), "Pris"));
        all.put("CandidateAccounts.deleteCv", p -> candidates.deleteCv(p.get("storedCv")));
        all.put("CandidateAccounts.storedCvFile", p -> candidates.storedCvFile(p.get("storedCv")));
        all.put("Alerts.summary", p -> alerts.summary());
        // the fixture's direction and its service A, whoever asks: their own scope or nothing
        all.put("Statistics.dashboard", p -> {
            var scope = statistics.dashboard(fr.stages.statistics.entity.StatisticsPeriod.schoolYearOf(
                    java.time.LocalDate.now()), p.get("direction"), p.get("serviceA")).scope();
            return scope.serviceId() != null && scope.serviceId() == p.get("serviceA") ? "ok" : "scope " + scope;
        });
        all.put("Statistics.directionsForMe", p -> statistics.directionsForMe());
        all.put("Statistics.servicesForMe", p -> statistics.servicesForMe(p.get("direction")));
        all.put("Statistics.target", p -> statistics.target(2099));
        all.put("Statistics.setTarget", p -> statistics.setTarget(2099, 3000));
        all.put("Alerts.runToday", p -> {
            alerts.runToday(); // today's run, or null when it ran already: either is the office's answer
            return "ok";
        });
        all.put("CandidateAccounts.saveAlert", p -> candidates.saveAlert("Alerte de la sonde",
                fr.stages.search.entity.OfferCriteria.all(), fr.stages.alerts.entity.Frequency.DAILY)
                .getEmail().equals(candidates.current().getEmail()) ? "ok" : "saved for another");
        all.put("CandidateAccounts.alerts", p -> candidates.alerts().stream()
                .anyMatch(a -> a.getId() == p.get("alert")) ? "sees another's" : "ok");
        all.put("CandidateAccounts.deleteAlert", p -> candidates.deleteAlert(p.get("alert")));
        all.put("CandidateAccounts.withdrawSpontaneous", p -> candidates.withdrawSpontaneous(p.get("spont")));
        all.put("CandidateAccounts.erase", p -> {
            candidates.erase();
            return "ok";
        });
        return all;
    }

    /** A valid form for the fixture's offer (version 1, its job family and place) in that service. */
    private static OfferForm form(Ids p) {
        OfferForm form = new OfferForm();
        form.setTitle("Offre écrite par la sonde");
        form.setMissions("- Accueillir le public.\n- Préparer les animations.");
        form.setProfile("Curiosité et sens du service public.");
        form.setServiceId(p.get("serviceA"));
        form.setJobFamilyId(p.get("family"));
        form.setPlaceId(p.get("place"));
        form.setAddress("2 rue de Lobau, 75004 Paris");
        form.setStart(LocalDate.now().plusWeeks(6));
        form.setWeeks(8);
        form.setWeeklyHours(35);
        form.setEducationLevel(EducationLevel.BAC_3);
        form.setPositions(1);
        form.setDeadline(LocalDate.now().plusWeeks(3));
        form.setContactEmail("stages.test@paris.example");
        form.setVersion(1L);
        return form;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String name = request.getParameter("do");
        if ("list".equals(name)) {
            response.getWriter().write(String.join("\n", actions().keySet()));
            return;
        }
        Function<Ids, Object> action = actions().get(name);
        if (action == null) {
            response.sendError(400, "unknown action " + name);
            return;
        }
        String candidate = request.getHeader(CANDIDATE_HEADER);
        if (candidate != null && request.getUserPrincipal() == null) {
            AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters
                    .withParams().newAuthentication(true)
                    .credential(new fr.stages.candidates.control.ProvedAddress(Long.parseLong(candidate))));
            if (status != AuthenticationStatus.SUCCESS) {
                response.sendError(401, "candidate refused: " + status);
                return;
            }
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && request.getUserPrincipal() == null) { // else: logged in, by the session
            String[] credentials = new String(Base64.getDecoder().decode(authorization.substring("Basic ".length())),
                    StandardCharsets.UTF_8).split(":", 2);
            AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters
                    .withParams().newAuthentication(true)
                    .credential(new UsernamePasswordCredential(credentials[0], credentials[1])));
            if (status != AuthenticationStatus.SUCCESS) {
                response.sendError(401, "login refused: " + status);
                return;
            }
        }
        response.getWriter().write(outcome(() -> action.apply(new Ids(request))));
    }

    /**
     * Whether the directions of a list's items (by code) are the caller's scope: their own direction only, and
     * the fixture's items when it is theirs; the internship office sees the fixture's direction and others.
     */
    private String scoped(Ids p, List<java.util.Set<String>> directionsOfItems) {
        Agent me = agents.current();
        java.util.Set<String> seen = new java.util.TreeSet<>();
        directionsOfItems.forEach(seen::addAll);
        String fixture = p.text("directionCode");
        if (me.seesEveryDirection()) {
            return seen.contains(fixture) && seen.size() > 1 ? "ok" : "the office sees only " + seen;
        }
        String mine = me.getDirection().getCode();
        if (!seen.stream().allMatch(mine::equals)) {
            return "other directions: " + seen;
        }
        return mine.equals(fixture) && seen.isEmpty() ? "nothing of its own direction" : "ok";
    }

    private static String outcome(java.util.function.Supplier<Object> call) {
        try {
            Object result = call.get();
            return result instanceof String said ? said : "ok";
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof EJBAccessException) {
                    return "403";
                } else if (cause instanceof GoneException) {
                    return "410";
                } else if (cause instanceof NotFoundException) {
                    return "404";
                } else if (cause instanceof InvalidInputException) {
                    return "422";
                } else if (cause instanceof BusinessException refused) {
                    return "409 " + refused.key();
                }
            }
            return "500 " + e;
        }
    }

    /** The ids (and a few texts) of the request. */
    private record Ids(HttpServletRequest request) {

        long get(String name) {
            String value = request.getParameter(name);
            if (value == null) {
                throw new IllegalArgumentException("missing parameter " + name);
            }
            return Long.parseLong(value);
        }

        String text(String name) {
            return request.getParameter(name);
        }
    }

    /** A one-page PDF, as a candidate's CV (pdfbox is the EAR's, for the content checks). */
    private static byte[] onePagePdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
