package fr.stages.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every business bean says who may call it. A method with no security annotation (on
 * itself or its bean) is callable by anyone and reported by nothing: it fails here. A method open to everyone
 * (@PermitAll) must be in the written list below, by signature, so that opening one is a decision someone
 * reads; the methods a role guards are each called by every kind of caller in the action matrix
 * (stages-ear ActionMatrixIT), which lists them by signature too.
 */
class SecurityRulesTest {

    /**
     * Open to everyone, on purpose: what candidates and the public do without an account, what the container
     * runs on its own (timers, start-up), what other beans call within a caller's call (their own checks are
     * made there), and the sign-in's own steps. "Bean.method(ParameterTypes)".
     */
    static final Set<String> OPEN = Set.of(
            // candidates and the public, without an account
            "Applications.apply(String,ApplicationForm,List,Upload,Upload,String)",
            "Applications.submission(String)",
            "Applications.forWithdrawal(String,String)",
            "Applications.withdraw(String,String)",
            "SpontaneousApplications.send(String,ApplicationForm,List,List,Upload,Upload,String)",
            "SpontaneousApplications.sent(String)",
            "Search.find(OfferCriteria)",
            "Search.slice(OfferCriteria,ResultCursor,int)",
            "Statistics.city(StatisticsPeriod)",
            "Audience.counts()", // the public pages count their views in it (counts only)
            "Search.similarTo(long,int)",
            "Search.online()",
            "Search.publishedSince(LocalDateTime)",
            "Offers.published()",
            "Offers.published(long)",
            "ReferenceData.directions()",
            "ReferenceData.jobFamilies()",
            "ReferenceData.places()",
            "ReferenceData.englishNames()",
            // the sign-in and the forgotten password, before anyone is signed in
            "Agents.waitBeforeTrying(String,String)",
            "Agents.failed(String,String)",
            "Agents.succeeded(String,String)",
            "Agents.sendResetLink(String,String)",
            "Agents.linkUsable(String)",
            "Agents.choosePassword(String,String,String)",
            // run by the container (timers, start-up, the mail road), with no caller
            "Agents.forgetOldTraces()",
            // candidates sign in by a mailed link: asking one and using one is for anyone
            "CandidateAccounts.sendLink(String,String,String)",
            "CandidateAccounts.addressOfLink(String)",
            "CandidateAccounts.signIn(String)",
            "CandidateAccounts.forgetOldLinks()",
            // ...or through the OpenID Connect provider: beginning, ending (the provider's answer and the browser's
            // cookie are the authority), and the provider's sign-out address for an ID token the caller holds
            "CandidateAccounts.providerName()",
            "CandidateAccounts.beginProviderSignIn(String,String,String)",
            "CandidateAccounts.finishProviderSignIn(String,String,String,String)",
            "CandidateAccounts.providerSignOutUrl(String,String)",
            // search alerts without an account: saved by anyone, confirmed and stopped by the key of their link
            "Alerts.save(String,OfferCriteria,Frequency,String,String)",
            "Alerts.ofLink(long,String,boolean)",
            "Alerts.confirm(long,String)",
            "Alerts.stop(long,String)",
            // the morning run of the alerts (a timer, no caller), batch by batch
            "Alerts.everyMorning()",
            "Alerts.run(LocalDate)",
            "Alerts.digests()",
            "Alerts.dueAfter(long)",
            "Alerts.knownValues()",
            "Alerts.mailBatch(List,Digests,LocalDateTime)",
            "Alerts.forgetUnconfirmed()",
            "DailyRuns.claim(String,LocalDate)",
            "MailSending.claim(long,Session)",
            "MailSending.record(long,String)",
            "MailSweeper.sweep()",
            "Offers.expireOverdue()",
            "Reminders.everyMorning()",
            "Reminders.remind(LocalDate)",
            "Retention.nightly()",
            "Audience.save()",
            "Audience.add(Taken,LocalDate)",
            "Offers.scheduled()",
            "CandidateAccounts.scheduled()",
            "Agents.scheduled()",
            "MailSweeper.scheduled()",
            "Retention.eraseExpired()",
            "Retention.eraseBatch(LocalDateTime)",
            "Search.rebuild()",
            "Search.refresh(long)",
            // within another business call that made its own checks; facts for the health check
            "Notifications.send(Mail)",
            "Notifications.sendAll(List)",
            "Notifications.backlog()",
            "Audience.of(long)", // an offer's view count, on the back-office offer page after Offers.withHistory's check
            "Migrations.databaseProduct()",
            "Migrations.isH2()"
    );

    @Test
    void everyPublicMethodOfEveryBusinessBeanHasASecurityRule() throws IOException {
        TreeMap<String, String> rules = rules();
        List<String> none = rules.entrySet().stream().filter(e -> e.getValue().equals("none")).map(e -> e.getKey())
                .toList();
        assertTrue(none.isEmpty(), "public business methods without @RolesAllowed, @PermitAll or @DenyAll (callable "
                + "by anyone, reported by nothing): " + none);
    }

    @Test
    void everyMethodOpenToEveryoneIsInTheWrittenList() throws IOException {
        TreeSet<String> open = rules().entrySet().stream().filter(e -> e.getValue().equals("open"))
                .map(e -> e.getKey()).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> unlisted = new TreeSet<>(open);
        unlisted.removeAll(OPEN);
        TreeSet<String> gone = new TreeSet<>(OPEN);
        gone.removeAll(open);
        assertTrue(unlisted.isEmpty(), "open to everyone but not in SecurityRulesTest.OPEN:\n"
                + String.join("\n", unlisted));
        assertTrue(gone.isEmpty(), "in SecurityRulesTest.OPEN but no longer open to everyone: " + gone);
    }

    /** "Bean.method(Types)" → "open", "roles", "denied" or "none", for every business bean of the module. */
    static TreeMap<String, String> rules() throws IOException {
        TreeMap<String, String> rules = new TreeMap<>();
        for (Class<?> bean : beans()) {
            for (Method method : bean.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                rules.put(signature(method), rule(bean, method));
            }
        }
        assertTrue(rules.size() > 60, "business methods found: " + rules.keySet());
        return rules;
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
                + ")";
    }

    private static String rule(Class<?> bean, Method method) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return "denied";
        }
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return "roles";
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return "open";
        }
        if (bean.isAnnotationPresent(RolesAllowed.class)) {
            return "roles";
        }
        if (bean.isAnnotationPresent(PermitAll.class)) {
            return "open";
        }
        return bean.isAnnotationPresent(DenyAll.class) ? "denied" : "none";
    }

    /** The session and singleton beans compiled in this module (message-driven beans have no callers). */
    static List<Class<?>> beans() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> beans = files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SecurityRulesTest::load)
                    .filter(c -> c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)
                            || c.isAnnotationPresent(Stateful.class))
                    .toList();
            assertEquals(true, beans.size() >= 15, "business beans found: " + beans);
            return beans;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SecurityRulesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
