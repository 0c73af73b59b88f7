package fr.stages.candidates.control;

import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationEvent;
import fr.stages.applications.entity.Candidate;
import fr.stages.applications.entity.Document;
import fr.stages.candidates.entity.CandidateAccount;
import fr.stages.candidates.entity.CandidateExport;
import fr.stages.candidates.entity.CandidateFile;
import fr.stages.candidates.entity.Profile;
import fr.stages.alerts.entity.SearchAlert;
import fr.stages.candidates.entity.StoredCv;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.notifications.entity.Mail;
import fr.stages.platform.CityTime;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a candidate's file as the JSON of their data export: stable English field names, dates in ISO 8601
 * (Paris time), every value the platform holds about them and that they may see — their identity and answers as
 * sent, each application's statuses and when they changed (not the agents' notes nor who acted: the directions'
 * own work), the mails sent to them (not the links they carried), their consents. Files are named by reference.
 */
public final class DataExport {

    private DataExport() {
    }

    public static CandidateExport of(CandidateAccount account, Profile profile, List<StoredCv> storedCvs,
                                     List<SearchAlert> alerts, CandidateFile file) {
        List<CandidateExport.File> files = new ArrayList<>();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (JsonGenerator out = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(json, StandardCharsets.UTF_8)) {
            out.writeStartObject();
            out.write("format", "stages-candidate-export/1");
            write(out, "exportedAt", CityTime.now());
            out.writeStartObject("account");
            out.write("email", account.getEmail());
            out.write("language", account.getLanguage());
            write(out, "createdAt", account.getCreatedAt());
            write(out, "lastSignInAt", account.getLastSignInAt());
            out.writeEnd();

            out.writeStartObject("profile"); // what the forms are filled with
            out.write("saved", account.hasProfile());
            text(out, "firstName", profile.firstName());
            text(out, "lastName", profile.lastName());
            text(out, "phone", profile.phone());
            text(out, "school", profile.school());
            text(out, "course", profile.course());
            text(out, "educationLevel", profile.educationLevel() == null ? null : profile.educationLevel().name());
            out.writeEnd();

            out.writeStartArray("storedCvs");
            int n = 0;
            for (StoredCv cv : storedCvs) {
                String path = "fichiers/cv-enregistre-" + (++n) + ".pdf";
                files.add(new CandidateExport.File(path, cv.getDocument().getContent()));
                out.writeStartObject();
                out.write("name", cv.getName());
                write(out, "storedAt", cv.getStoredAt());
                out.write("originalName", cv.getDocument().getFileName());
                out.write("path", path);
                out.write("bytes", cv.getDocument().getSize());
                out.write("sha256", cv.getDocument().getSha256());
                out.writeEnd();
            }
            out.writeEnd();

            out.writeStartArray("applications");
            for (Application application : file.applications()) {
                out.writeStartObject();
                out.write("reference", application.getReference());
                out.writeStartObject("offer");
                out.write("id", application.getOffer().getId());
                out.write("reference", String.valueOf(application.getOffer().getReference()));
                out.write("title", application.getOffer().getTitle());
                out.write("direction", application.getOffer().getDirection().getName());
                out.writeEnd();
                write(out, "receivedAt", application.getReceivedAt());
                out.write("status", application.getStatus().name());
                write(out, "statusChangedAt", application.getStatusChangedAt());
                candidate(out, application.getCandidate());
                text(out, "message", application.getMessage());
                write(out, "wishedStart", application.getWishedStart());
                write(out, "wishedEnd", application.getWishedEnd());
                text(out, "convention", application.getConvention() == null ? null : application.getConvention().name());
                out.write("talentPoolConsent", application.isTalentPool());
                if (application.getInterview() != null) {
                    out.writeStartObject("interview");
                    write(out, "start", application.getInterview().getStart());
                    out.write("minutes", application.getInterview().getMinutes());
                    text(out, "location", application.getInterview().getLocation());
                    text(out, "contact", application.getInterview().getContact());
                    out.writeEnd();
                }
                out.writeStartArray("history");
                for (ApplicationEvent event : application.getHistory()) {
                    if (event.isTransition()) {
                        out.writeStartObject();
                        write(out, "at", event.getOccurredAt());
                        text(out, "from", event.getFrom() == null ? null : event.getFrom().name());
                        out.write("to", event.getTo().name());
                        out.writeEnd();
                    }
                }
                out.writeEnd();
                files(out, files, application.getReference(), application.getCv(), application.getLetter());
                mails(out, file.mailsOf(application));
                out.writeEnd();
            }
            out.writeEnd();

            out.writeStartArray("spontaneousApplications");
            for (SpontaneousApplication application : file.spontaneous()) {
                out.writeStartObject();
                out.write("reference", application.getReference());
                write(out, "receivedAt", application.getReceivedAt());
                candidate(out, application.getCandidate());
                text(out, "message", application.getMessage());
                write(out, "wishedStart", application.getWishedStart());
                write(out, "wishedEnd", application.getWishedEnd());
                text(out, "convention", application.getConvention() == null ? null : application.getConvention().name());
                out.writeStartArray("directions");
                application.getSortedDirections().stream().map(Direction::getName).forEach(out::write);
                out.writeEnd();
                out.writeStartArray("jobFamilies");
                application.getSortedJobFamilies().stream().map(JobFamily::getName).forEach(out::write);
                out.writeEnd();
                files(out, files, application.getReference(), application.getCv(), application.getLetter());
                mails(out, file.mailsOf(application));
                out.writeEnd();
            }
            out.writeEnd();

            out.writeStartArray("consents");
            for (Application application : file.applications()) {
                out.writeStartObject();
                out.write("purpose", "talentPool");
                out.write("application", application.getReference());
                out.write("given", application.isTalentPool());
                write(out, "at", application.getReceivedAt());
                out.writeEnd();
            }
            out.writeEnd();
            out.writeStartArray("alerts"); // saved searches mailed as alerts
            for (SearchAlert alert : alerts) {
                out.writeStartObject();
                out.write("name", alert.getName());
                out.write("search", alert.getQuery());
                out.write("frequency", alert.getFrequency().name());
                out.write("language", alert.getLanguage());
                write(out, "createdAt", alert.getCreatedAt());
                write(out, "confirmedAt", alert.getConfirmedAt());
                write(out, "lastDigestUpTo", alert.getLastRunAt());
                out.writeEnd();
            }
            out.writeEnd();
            out.writeEnd();
        }
        return new CandidateExport(json.toByteArray(), files);
    }

    private static void candidate(JsonGenerator out, Candidate candidate) {
        out.writeStartObject("candidate");
        out.write("firstName", candidate.getFirstName());
        out.write("lastName", candidate.getLastName());
        out.write("email", candidate.getEmail());
        text(out, "phone", candidate.getPhone());
        out.write("school", candidate.getSchool());
        out.write("course", candidate.getCourse());
        out.write("educationLevel", candidate.getEducationLevel().name());
        out.write("language", candidate.getLanguage());
        out.writeEnd();
    }

    private static void files(JsonGenerator out, List<CandidateExport.File> files, String reference, Document cv,
                              Document letter) {
        out.writeStartArray("files");
        for (Document document : new Document[] {cv, letter}) {
            if (document != null) {
                String name = "fichiers/" + reference + "-" + (document == cv ? "cv" : "lettre") + ".pdf";
                files.add(new CandidateExport.File(name, document.getContent()));
                out.writeStartObject();
                out.write("kind", document.getKind().name());
                out.write("originalName", String.valueOf(document.getFileName()));
                out.write("path", name);
                out.write("bytes", document.getSize());
                out.write("sha256", document.getSha256());
                out.writeEnd();
            }
        }
        out.writeEnd();
    }

    private static void mails(JsonGenerator out, List<Mail> mails) {
        out.writeStartArray("mails");
        for (Mail mail : mails) {
            out.writeStartObject();
            out.write("kind", mail.getKind().name());
            out.write("to", mail.getRecipient());
            out.write("status", mail.getStatus().name());
            write(out, "queuedAt", mail.getQueuedAt());
            write(out, "sentAt", mail.getSentAt());
            out.writeEnd();
        }
        out.writeEnd();
    }

    private static void text(JsonGenerator out, String name, String value) {
        if (value == null) {
            out.writeNull(name);
        } else {
            out.write(name, value);
        }
    }

    private static void write(JsonGenerator out, String name, Temporal value) {
        text(out, name, value == null ? null : value.toString());
    }
}
