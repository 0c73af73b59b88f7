package fr.stages.web;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Test data written straight into the test domain's database, as the deployed EAR sees it: H2 (opened through
 * its AUTO_SERVER port while Payara holds the file) or PostgreSQL. Ids are drawn far above the sequences' range
 * and codes are unique, so runs never collide, even on a PostgreSQL database that earlier runs left filled.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PASSWORD = "mot-de-passe-de-test";

    private final Connection connection;

    private TestDatabase(Connection connection) {
        this.connection = connection;
    }

    public static TestDatabase open() {
        try {
            if ("postgresql".equals(System.getProperty("stages.db", "h2"))) {
                String url = "jdbc:postgresql://" + env("STAGES_DB_HOST", "localhost") + ":"
                        + env("STAGES_DB_PORT", "5432") + "/" + env("STAGES_DB_NAME", "stages_test");
                return new TestDatabase(DriverManager.getConnection(url, env("STAGES_DB_USER", "stages"),
                        env("STAGES_DB_PASSWORD", "stages")));
            }
            String file = System.getProperty("stages.payara.home") + "/glassfish/domains/"
                    + System.getProperty("stages.test.domain") + "/lib/databases/stages";
            return new TestDatabase(DriverManager.getConnection("jdbc:h2:" + file + ";AUTO_SERVER=TRUE",
                    "stages", "stages"));
        } catch (SQLException e) {
            throw new IllegalStateException("test database unreachable: " + e.getMessage(), e);
        }
    }

    public static String unique() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
    }

    public long direction(String code, String name) {
        long id = id();
        update("insert into direction (id, code, name, presentation) values (?, ?, ?, ?)",
                id, code, name, "Présentation de la " + name + ".");
        return id;
    }

    public long agent(String login, String role, Long directionId) {
        long id = id();
        update("insert into agent (id, login, password_hash, display_name, email, role, direction_id, active) "
                + "values (?, ?, ?, ?, ?, ?, ?, true)", id, login, hash(PASSWORD), "Agent " + login, login, role,
                directionId);
        return id;
    }

    /** An offer of the direction in that status; published ones are online until deadline. */
    public long offer(long directionId, String status, String title, LocalDate deadline) {
        long id = id();
        String code = unique();
        long place = id();
        long family = id();
        update("insert into place (id, code, name, postal_code) values (?, ?, ?, ?)", place, code,
                "Lieu " + code, "75004");
        update("insert into job_family (id, name) values (?, ?)", family, "Famille " + code);
        LocalDateTime now = LocalDateTime.now();
        update("insert into offer (id, version, reference, status, title, missions, profile, direction_id, "
                + "job_family_id, place_id, address, start_date, duration_weeks, weekly_hours, paid, "
                + "education_level, remote_possible, positions, application_deadline, contact_email, created_at, "
                + "updated_at, published_at) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 8, 35, false, 'BAC_3', "
                + "false, 1, ?, ?, ?, ?, ?)",
                id, code, status, title, "- Mission principale de " + code + ".\n- Seconde mission.",
                "Profil recherché pour " + code + ".", directionId, family, place, "2 rue de Lobau, 75004 Paris",
                deadline.plusWeeks(3), deadline, "stages.test@paris.example", now, now,
                "DRAFT".equals(status) ? null : now);
        return id;
    }

    /**
     * Gives the offer a reference of the city's form (direction code, dash, number) found nowhere in its text, and
     * its missions without the code they were written with: only the reference can find it.
     */
    public void reference(long offerId, String reference) {
        update("update offer set reference = ?, missions = ?, profile = ?, version = version + 1, updated_at = ? "
                + "where id = ?", reference, "- Accueil du public.\n- Seconde mission.", "Profil recherché.",
                LocalDateTime.now(), offerId);
    }

    /** A new title for the offer, written as another program would (version and date of change moved on). */
    public void retitle(long offerId, String title) {
        update("update offer set title = ?, version = version + 1, updated_at = ? where id = ?", title,
                LocalDateTime.now(), offerId);
    }

    /**
     * The title changed as no JPA commit would: the offer's version stays, so the periodic check of the index
     * (count, versions, greatest id) cannot see it; only an announcement on the offer-changes topic can.
     */
    public void retitleKeepingVersion(long offerId, String title) {
        update("update offer set title = ? where id = ?", title, offerId);
    }

    /** The missions written with LF line ends, as the demo data and imports write them (browsers send CR LF). */
    public void missionsInLines(long offerId, String... lines) {
        update("update offer set missions = ?, version = version + 1 where id = ?", String.join("\n", lines), offerId);
    }

    /** A service of the direction; its agents manage its offers only. */
    public long service(long directionId, String name) {
        long id = id();
        update("insert into service (id, direction_id, name) values (?, ?, ?)", id, directionId, name);
        return id;
    }

    public long agentOfService(String login, long directionId, long serviceId) {
        long id = agent(login, "agent", directionId);
        update("update agent set service_id = ? where id = ?", serviceId, id);
        return id;
    }

    /** The offer becomes one of that service's. */
    public void serve(long offerId, long serviceId) {
        update("update offer set service_id = ? where id = ?", serviceId, offerId);
    }

    /**
     * An application to the offer, received that many days ago, with a one-page PDF as CV; answers its id.
     * The candidate reads mails in that language ("fr" or "en").
     */
    public long application(long offerId, String firstName, String email, String language, int daysAgo) {
        long id = id();
        long cv = document(firstName);
        LocalDateTime received = LocalDateTime.now().minusDays(daysAgo);
        update("insert into application (id, reference, offer_id, status, first_name, last_name, email, school, course, "
                + "education_level, message, language, received_at, status_changed_at, cv_id, talent_pool) "
                + "values (?, ?, ?, 'RECEIVED', ?, 'Testeur', ?, 'Université de test', 'Master de test', 'BAC_5', "
                + "'Je suis très motivé·e.', ?, ?, ?, ?, false)",
                id, "C-" + unique().substring(1), offerId, firstName, email, language, received, received, cv);
        return id;
    }

    /** Gives that application's candidate another education level (BAC_5 by default). */
    public void educationLevel(long applicationId, String level) {
        update("update application set education_level = ? where id = ?", level, applicationId);
    }

    /** A spontaneous application to that direction only, in that job family, with a CV; answers its id. */
    public long spontaneous(long directionId, long jobFamilyId, String firstName, String email) {
        long id = id();
        long cv = document(firstName);
        update("insert into spontaneous_application (id, reference, first_name, last_name, email, school, course, "
                + "education_level, wished_start, wished_end, message, language, received_at, cv_id) values "
                + "(?, ?, ?, 'Spontané', ?, 'École de test', 'Licence de test', 'BAC_3', ?, ?, 'Bonjour.', 'fr', ?, ?)",
                id, "S-" + unique().substring(1), firstName, email, LocalDate.now().plusMonths(2),
                LocalDate.now().plusMonths(4), LocalDateTime.now().minusDays(2), cv);
        update("insert into spontaneous_direction (spontaneous_id, direction_id) values (?, ?)", id, directionId);
        update("insert into spontaneous_job_family (spontaneous_id, job_family_id) values (?, ?)", id, jobFamilyId);
        return id;
    }

    /** The candidate of that application is invited to an interview at that time (as an agent records it). */
    public void invite(long applicationId, LocalDateTime at, String location) {
        update("update application set status = 'INVITED', interview_at = ?, interview_minutes = 45, "
                + "interview_location = ?, interview_contact = 'Mme Durand' where id = ?", at, location, applicationId);
    }

    /** The application was answered already (rejected, by someone earlier). */
    public void reject(long applicationId) {
        update("update application set status = 'REJECTED' where id = ?", applicationId);
    }

    /** Where an application stands now. */
    public String statusOf(long applicationId) {
        try (PreparedStatement statement = connection.prepareStatement("select status from application where id = ?")) {
            statement.setLong(1, applicationId);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where an application stands now, by its reference; with who made its last change (null: nobody). */
    public String statusOf(String reference) {
        try (PreparedStatement statement = connection.prepareStatement("""
                select a.status, (select coalesce(e.author_name, '-') from application_event e
                                  where e.application_id = a.id order by e.id desc fetch first 1 rows only)
                from application a where a.reference = ?""")) {
            statement.setString(1, reference);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) + " by " + row.getString(2) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page PDF stored as someone's CV; answers its id. */
    private long document(String owner) {
        long id = id();
        byte[] pdf = onePagePdf();
        String sha256;
        try {
            sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update("insert into document (id, kind, file_name, size_bytes, sha256, content, created_at) "
                + "values (?, 'CV', ?, ?, ?, ?, ?)", id, "CV-" + owner + ".pdf", pdf.length, sha256, pdf,
                LocalDateTime.now());
        return id;
    }

    public static byte[] onePagePdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives the offer's place and job family their English names (as the city's reference data has them). */
    public void englishNames(long offerId, String place, String family) {
        update("update place set name_en = ? where id = (select place_id from offer where id = ?)", place, offerId);
        update("update job_family set name_en = ? where id = (select job_family_id from offer where id = ?)",
                family, offerId);
    }

    public long place(String name) {
        long id = id();
        update("insert into place (id, code, name, postal_code) values (?, ?, ?, ?)", id, unique(), name, "75004");
        return id;
    }

    /** Where an offer stands now. */
    public String offerStatus(long offerId) {
        try (PreparedStatement statement = connection.prepareStatement("select status from offer where id = ?")) {
            statement.setLong(1, offerId);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long jobFamily(String name) {
        long id = id();
        update("insert into job_family (id, name) values (?, ?)", id, name);
        return id;
    }

    /** The CV file of the application sent from that address (the back office has no list of them yet). */
    public long cvOfApplication(String email) {
        try (PreparedStatement statement = connection.prepareStatement(
                "select cv_id from application where email = ?")) {
            statement.setString(1, email);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no application from " + email);
                }
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CV file of a spontaneous application. */
    public long cvOfSpontaneous(long spontaneousId) {
        return Long.parseLong(one("select cv_id from spontaneous_application where id = ?", spontaneousId));
    }

    /** A rejection template written by the direction itself; answers its id. */
    public long template(long directionId, String name) {
        long id = id();
        update("insert into message_template (id, direction_id, kind, name, text_fr, text_en) values "
                + "(?, ?, 'REJECTION', ?, 'Texte de la direction.', 'The direction''s text.')", id, directionId, name);
        return id;
    }

    /** Any other change a test's fixture needs, written as SQL (statistics' dated histories). */
    public void execute(String sql, Object... values) {
        update(sql, values);
    }

    /** The first column of the first row that query answers (null: no row). */
    /** The columns of a table, lowercased. */
    public java.util.Set<String> columns(String table) {
        try (var statement = connection.prepareStatement("select * from " + table + " where 1 = 0");
             var rows = statement.executeQuery()) {
            java.util.Set<String> columns = new java.util.TreeSet<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                columns.add(rows.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return columns;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String one(String sql, Object... values) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (java.sql.ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Who was sent a notice of an application to that offer. */
    public java.util.List<String> noticeRecipients(long offerId) {
        try (PreparedStatement statement = connection.prepareStatement(
                "select recipient from mail where kind = 'APPLICATION_NOTICE' and offer_id = ? order by recipient")) {
            statement.setLong(1, offerId);
            java.util.List<String> recipients = new java.util.ArrayList<>();
            try (java.sql.ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    recipients.add(row.getString(1));
                }
            }
            return recipients;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail that failed for good, about an application that does not exist. */
    /**
     * A run of the daily reminder, as Reminders leaves one: its day claimed at that time, and a reminder to that
     * agent queued and sent just after. The day is one of its own, far ahead: no real run has it.
     */
    public void reminderSent(String recipient, String name, String subject, LocalDateTime at) {
        update("insert into daily_run (name, run_day, claimed_at) values ('daily-digest', ?, ?)",
                java.time.LocalDate.of(2100, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current()
                        .nextInt(100_000)), at);
        update("insert into mail (id, version, kind, recipient, recipient_name, language, status, attempts, queued_at, "
                + "sent_at, subject, message) values (?, 1, 'DAILY_DIGEST', ?, ?, 'fr', 'SENT', 1, ?, ?, ?, 'liste')",
                id(), recipient, name, at.plusSeconds(1), at.plusSeconds(2), subject);
    }

    public long failedMail(String recipient) {
        long id = id();
        update("insert into mail (id, version, kind, recipient, language, application_id, status, attempts, "
                + "last_error, queued_at) values (?, 1, 'APPLICATION_RECEIVED', ?, 'fr', -1, 'FAILED', 10, ?, ?)",
                id, recipient, "SMTPSendFailedException : 550 boîte inconnue", LocalDateTime.now());
        return id;
    }

    /** A candidate's account of that address (as a sign-in link makes it); answers its id. */
    public long candidateAccount(String email) {
        long id = id();
        update("insert into candidate_account (id, email, language, created_at, last_sign_in_at) values (?, ?, 'fr', ?, ?)",
                id, email, LocalDateTime.now(), LocalDateTime.now());
        return id;
    }

    /** The offer published now, Paris time (as the platform dates what it does; the test machine may be in UTC). */
    public void publishedNow(long offerId) {
        publishedAt(offerId, LocalDateTime.now(java.time.ZoneId.of("Europe/Paris")));
    }

    /** The offer closed as filled, as another program would (its version moved on: the index's check sees it). */
    public void filled(long offerId) {
        update("update offer set status = 'FILLED', version = version + 1 where id = ?", offerId);
    }

    /** The offer's publication moved, as another program would (version moved on: the index's check sees it). */
    public void publishedAt(long offerId, LocalDateTime at) {
        update("update offer set published_at = ?, version = version + 1 where id = ?", at, offerId);
    }

    /** A search alert, confirmed some time ago (its digests list what was published since), for that address. */
    public long searchAlert(String email, String name, String query, LocalDateTime since) {
        long id = id();
        update("insert into search_alert (id, email, name, query, frequency, language, created_at, confirmed_at,"
                + " last_run_at) values (?, ?, ?, ?, 'DAILY', 'fr', ?, ?, ?)", id, email, name, query, since, since, since);
        return id;
    }

    /** Forgets the days that daily job claimed: its next run (timer or office) runs again. */
    public void forgetDailyRuns(String job) {
        update("delete from daily_run where name = ?", job);
    }

    /** A CV kept under that name in that candidate's account; answers its id. */
    public long storedCv(long accountId, String name) {
        long id = id();
        update("insert into stored_cv (id, account_id, name, document_id, stored_at) values (?, ?, ?, ?, ?)",
                id, accountId, name, document("stored-" + accountId), LocalDateTime.now());
        return id;
    }

    /** The receipt of that application, sent to its candidate (as the platform logs it). */
    public long receiptSent(long applicationId, String recipient) {
        long id = id();
        LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Europe/Paris"));
        update("insert into mail (id, version, kind, recipient, language, application_id, status, attempts, "
                + "interruptions, queued_at, sent_at) values (?, 2, 'APPLICATION_RECEIVED', ?, 'fr', ?, 'SENT', 1, 0, "
                + "?, ?)", id, recipient, applicationId, now.minusDays(2), now.minusDays(2).plusSeconds(3));
        return id;
    }

    /** A receipt whose first SMTP conversation a stop of the server cut, sent again since. */
    public long mailSentAfterInterruption(String recipient) {
        long id = id();
        LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Europe/Paris"));
        update("insert into mail (id, version, kind, recipient, language, application_id, status, attempts, "
                + "interruptions, queued_at, sent_at) values (?, 3, 'APPLICATION_RECEIVED', ?, 'fr', -1, 'SENT', 1, 1, "
                + "?, ?)", id, recipient, now.minusMinutes(9), now.minusMinutes(2));
        return id;
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof LocalDate date) {
                    value = Date.valueOf(date);
                } else if (value instanceof LocalDateTime time) {
                    value = Timestamp.valueOf(time);
                }
                statement.setObject(i + 1, value);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static long id() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
    }

    /** The stored form of Jakarta Security's Pbkdf2PasswordHash, with the application's parameters. */
    private static String hash(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 64 * 8)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA512:210000:" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
