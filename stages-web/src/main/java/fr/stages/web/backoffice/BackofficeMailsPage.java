package fr.stages.web.backoffice;

import fr.stages.notifications.boundary.Notifications;
import fr.stages.notifications.control.MailSweeper;
import fr.stages.notifications.entity.Mail;
import fr.stages.platform.CityTime;
import fr.stages.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The internship office's view of the mails not sent yet (and how late they are) and of those that could not be
 * sent, with a way to send one of these again.
 */
@Named("backofficeMailsPage")
@ViewScoped
public class BackofficeMailsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    Texts texts;

    @Inject
    fr.stages.alerts.boundary.Alerts alerts;

    private fr.stages.alerts.boundary.Alerts.Summary alertSummary;

    private List<Mail> failed;
    private List<Mail> waiting;
    private List<Mail> interrupted;
    private long waitingCount;
    private LocalDateTime loadedAt;

    @PostConstruct
    void load() {
        failed = notifications.failed();
        waiting = notifications.waiting();
        interrupted = notifications.resentAfterInterruption();
        waitingCount = notifications.backlog().waiting();
        loadedAt = CityTime.now();
        alertSummary = alerts.summary();
    }

    /** The search alerts: how many, and their morning run. */
    public fr.stages.alerts.boundary.Alerts.Summary getAlertSummary() {
        return alertSummary;
    }

    /** Sends today's alert digests now (once a day: the morning timer then finds them sent). */
    public void runAlerts() {
        fr.stages.alerts.entity.AlertRun run = alerts.runToday();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                run == null ? texts.get("backoffice.alerts.already") : texts.get("backoffice.alerts.done",
                        run.mailed(), run.due(), run.newOffers(), run.totalMillis())
                        + (run.failed() == 0 ? "" : " " + texts.get("backoffice.alerts.failed", run.failed())), null));
        load();
    }

    /** "12 min late" or "on time", as of the page's loading. */
    public String lateness(Mail mail) {
        long minutes = Duration.between(mail.getDueAt(), loadedAt).toMinutes();
        return minutes <= 0 ? texts.get("backoffice.mails.onTime") : texts.get("backoffice.mails.late", minutes);
    }

    public List<Mail> getWaiting() {
        return waiting;
    }

    public long getWaitingCount() {
        return waitingCount;
    }

    /** After how many minutes the sweeper sends a late mail again. */
    public long getSweepMinutes() {
        return Math.max(1, MailSweeper.sweepAfter().toMinutes());
    }

    public void resend(Mail mail) {
        notifications.resend(mail.getId());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get("backoffice.mails.resent", mail.getRecipient()), null));
        load();
    }

    public List<Mail> getInterrupted() {
        return interrupted;
    }

    public List<Mail> getFailed() {
        return failed;
    }
}
