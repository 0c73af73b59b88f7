package fr.stages.web.backoffice;

import fr.stages.directions.boundary.DirectionSettings;
import fr.stages.directions.entity.Direction;
import fr.stages.platform.BusinessException;
import fr.stages.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The correspondent's page for their direction: who else is told of each application to its offers. */
@Named("directionPage")
@ViewScoped
public class DirectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectionSettings settings;

    @Inject
    Texts texts;

    private String name;
    private String noticeEmail;

    @PostConstruct
    void load() {
        Direction direction = settings.mine();
        name = direction.getName();
        noticeEmail = direction.getNoticeEmail();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Direction saved = settings.designateNoticeAddress(noticeEmail);
            noticeEmail = saved.getNoticeEmail();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, noticeEmail == null
                    ? texts.get("direction.noticeEmail.cleared") : texts.get("direction.noticeEmail.saved", noticeEmail),
                    null));
        } catch (BusinessException e) {
            faces.addMessage("direction:noticeEmail", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.error(e.key(), e.arguments()), null));
            faces.validationFailed();
        }
    }

    /** "true" when the field has an error message, for aria-invalid. */
    public String invalid() {
        return FacesContext.getCurrentInstance().getMessageList("direction:noticeEmail").isEmpty() ? "false" : "true";
    }

    public String getName() {
        return name;
    }

    public String getNoticeEmail() {
        return noticeEmail;
    }

    public void setNoticeEmail(String noticeEmail) {
        this.noticeEmail = noticeEmail;
    }
}
