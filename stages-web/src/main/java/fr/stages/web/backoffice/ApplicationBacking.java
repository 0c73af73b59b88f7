package fr.stages.web.backoffice;

import fr.stages.applications.boundary.Recruitment;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationStatus;
import fr.stages.applications.entity.Interview;
import fr.stages.directions.boundary.Templates;
import fr.stages.directions.entity.MessageTemplate;
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

/**
 * One application as an agent reads it (opening it marks it read): the candidate, the message, the CV in the
 * page, the history and notes; and what the agent does next: shortlist, invite, accept, reject, write, note.
 */
@Named("applicationPage")
@ViewScoped
public class ApplicationBacking implements Serializable {

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
    private List<MessageTemplate> rejections;
    private List<MessageTemplate> invitations;

    // the invitation form
    private String day;
    private String time;
    private int minutes = 30;
    private String location;
    private String contact;
    private String invitationText;
    private String invitationTemplate;
    // the rejection form
    private String rejectionTemplate;
    private String rejectionText;
    // the contact form
    private String subject;
    private String message;
    // the note form
    private String note;

    public void load() {
        if (application != null) {
            return; // a postback of the same view
        }
        application = NotFoundPages.find(id, recruitment::open);
        if (application != null) {
            long direction = application.getOffer().getDirection().getId();
            rejections = templates.of(direction, TemplateKind.REJECTION);
            invitations = templates.of(direction, TemplateKind.INVITATION);
            rejectionTemplate = "0";
            rejectionText = textOf(rejections.get(0));
            invitationTemplate = "0";
            invitationText = textOf(invitations.get(0));
            location = application.getOffer().getAddress();
        }
    }

    /** The template's text in the candidate's language: the one they will read. */
    private String textOf(MessageTemplate template) {
        return template.textFor(application.getCandidate().getLanguage());
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
        act(() -> application = recruitment.invite(application.getId(), interview, invitationText),
                "application.done.invited");
    }

    public void reject() {
        String reason = chosen(rejections, rejectionTemplate);
        String french = rejectionText;
        act(() -> {
            recruitment.reject(application.getOffer().getId(), List.of(application.getId()), reason, french,
                    french);
            application = recruitment.open(application.getId());
        }, "application.done.rejected");
    }

    public void write() {
        act(() -> {
            recruitment.contact(application.getOffer().getId(), List.of(application.getId()), subject, message);
            application = recruitment.open(application.getId());
            subject = null;
            message = null;
        }, "application.done.contacted");
    }

    public void addNote() {
        act(() -> {
            application = recruitment.note(application.getId(), note);
            note = null;
        }, "application.done.noted");
    }

    /** The chosen template's text replaces what the form holds (the agent may still edit it). */
    public void rejectionTemplateChosen() {
        int index = index(rejections, rejectionTemplate);
        rejectionText = textOf(rejections.get(index));
    }

    public void invitationTemplateChosen() {
        int index = index(invitations, invitationTemplate);
        invitationText = textOf(invitations.get(index));
    }

    private static String chosen(List<MessageTemplate> list, String value) {
        return list.get(index(list, value)).getName();
    }

    private static int index(List<MessageTemplate> list, String value) {
        try {
            int index = Integer.parseInt(value);
            return index >= 0 && index < list.size() ? index : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
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

    public List<MessageTemplate> getRejections() {
        return rejections;
    }

    public List<MessageTemplate> getInvitations() {
        return invitations;
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

    public String getInvitationText() {
        return invitationText;
    }

    public void setInvitationText(String invitationText) {
        this.invitationText = invitationText;
    }

    public String getInvitationTemplate() {
        return invitationTemplate;
    }

    public void setInvitationTemplate(String invitationTemplate) {
        this.invitationTemplate = invitationTemplate;
    }

    public String getRejectionTemplate() {
        return rejectionTemplate;
    }

    public void setRejectionTemplate(String rejectionTemplate) {
        this.rejectionTemplate = rejectionTemplate;
    }

    public String getRejectionText() {
        return rejectionText;
    }

    public void setRejectionText(String rejectionText) {
        this.rejectionText = rejectionText;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
