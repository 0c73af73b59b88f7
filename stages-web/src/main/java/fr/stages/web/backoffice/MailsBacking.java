package fr.stages.web.backoffice;

import fr.stages.notifications.boundary.Notifications;
import fr.stages.notifications.entity.Mail;
import fr.stages.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The internship office's view of mails that could not be sent, with a way to send one again. */
@Named
@ViewScoped
public class MailsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Inject
    Texts texts;

    private List<Mail> failed;

    @PostConstruct
    void load() {
        failed = notifications.failed();
    }

    public void resend(Mail mail) {
        notifications.resend(mail.getId());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get("backoffice.mails.resent", mail.getRecipient()), null));
        load();
    }

    public List<Mail> getFailed() {
        return failed;
    }
}
