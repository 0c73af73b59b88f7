package fr.stages.web.backoffice;

import fr.stages.applications.boundary.Recruitment;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationStatus;
import fr.stages.applications.entity.Interview;
import fr.stages.directions.boundary.Templates;
import fr.stages.directions.entity.TemplateKind;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.web.FormState;
import fr.stages.web.NotFoundPages;
import fr.stages.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/**
 * One application as an agent reads it (opening it marks it read): the candidate, the message, the CV in the
 * page, the history and notes; and what the agent does next: shortlist, invite, accept, reject, write, note.
 */
@Named("backofficeApplicationPage")
@ViewScoped
public class BackofficeApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Recruitment recruitment;

    @Inject
    Templates templates;

    @Inject
    Texts texts;

    @Inject
    FormState form;

    private String id;
    private Application application;

    // the invitation form
    private String day;
    private String time;
    private int minutes = 30;
    private String location;
    private String contact;
    // the words of the invitation, the rejection and a free message, in the candidate's language
    private MessageDraft invitation;
    private MessageDraft rejection;
    private final MessageDraft writing = MessageDraft.free();
    // the note form
    private String note;

    public void load() {
        if (application != null) {
            return; // a postback of the same view
        }
        application = NotFoundPages.find(id, recruitment::open);
        if (application != null) {
            long direction = application.getOffer().getDirection().getId();
            String language = application.getCandidate().getLanguage();
            // a filled offer is a reason to reject too: the closing words after the rejections
            rejection = MessageDraft.fromTemplates(Stream.concat(templates.of(direction, TemplateKind.REJECTION)
                    .stream(), templates.of(direction, TemplateKind.CLOSING).stream()).toList(), language);
            invitation = MessageDraft.fromTemplates(templates.of(direction, TemplateKind.INVITATION), language);
            location = application.getOffer().getAddress();
        }
    }

    public void shortlist() {
        act(() -> application = recruitment.shortlist(application.getId()), "application.done.shortlisted");
    }

    public void accept() {
        act(() -> application = recruitment.accept(application.getId()), "application.done.accepted");
    }

    public void withdraw() {
        act(() -> application = recruitment.withdraw(application.getId()), "application.done.withdrawn");
    }

    public void invite() {
        LocalDate date = parse("invite:day", day, LocalDate::parse, "application.invite.day");
        LocalTime hour = parse("invite:time", time, LocalTime::parse, "application.invite.time");
        if (date == null || hour == null) {
            return;
        }
        Interview interview;
        try {
            interview = new Interview(date.atTime(hour), minutes, location, contact, CityTime.now());
        } catch (BusinessException e) {
            form.error(interviewField(e.key()), e);
            return;
        }
        act(() -> application = recruitment.invite(application.getId(), interview, invitation.getText()),
                "application.done.invited");
    }

    public void reject() {
        // the one candidate reads the text in their language, whichever it is
        String words = rejection.getText();
        act(() -> {
            recruitment.reject(application.getOffer().getId(), List.of(application.getId()), rejection.reason(),
                    words, words);
            application = recruitment.open(application.getId());
        }, "application.done.rejected");
    }

    public void write() {
        act(() -> {
            recruitment.contact(application.getOffer().getId(), List.of(application.getId()), writing.getSubject(),
                    writing.getText());
            application = recruitment.open(application.getId());
            writing.clear();
        }, "application.done.contacted");
    }

    public void addNote() {
        act(() -> {
            application = recruitment.note(application.getId(), note);
            note = null;
        }, "application.done.noted");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            form.done(doneKey);
        } catch (BusinessException e) {
            form.error(field(e.key()), e);
        }
    }

    /** The form field a business error is about, so that its message sits next to it. */
    private static String field(String key) {
        if (key.startsWith("mail.invitation.message")) {
            return "invite:invitationText";
        }
        if (key.startsWith("mail.rejection") || key.startsWith("recruitment.rejection")) {
            return "reject:rejectionText";
        }
        if (key.startsWith("mail.contact.subject")) {
            return "contact:subject";
        }
        if (key.startsWith("mail.contact.message")) {
            return "contact:message";
        }
        if (key.startsWith("application.note")) {
            return "notes:note";
        }
        return null;
    }

    private static String interviewField(String key) {
        if (key.startsWith("interview.start")) {
            return "invite:day";
        }
        if (key.startsWith("interview.minutes")) {
            return "invite:minutes";
        }
        if (key.startsWith("interview.location")) {
            return "invite:location";
        }
        return "invite:contact";
    }

    private <T> T parse(String clientId, String value, java.util.function.Function<String, T> parser, String key) {
        try {
            if (value != null && !value.isBlank()) {
                return parser.apply(value.strip());
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        form.error(clientId, new BusinessException(key));
        return null;
    }

    public boolean can(String status) {
        return application.getStatus().leadsTo(ApplicationStatus.valueOf(status));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Application getApplication() {
        return application;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public MessageDraft getInvitation() {
        return invitation;
    }

    public MessageDraft getRejection() {
        return rejection;
    }

    public MessageDraft getWriting() {
        return writing;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
