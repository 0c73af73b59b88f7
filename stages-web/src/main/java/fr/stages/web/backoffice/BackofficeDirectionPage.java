package fr.stages.web.backoffice;

import fr.stages.directions.boundary.DirectionSettings;
import fr.stages.directions.boundary.Templates;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.MessageTemplate;
import fr.stages.directions.entity.TemplateKind;
import fr.stages.platform.BusinessException;
import fr.stages.platform.NotFoundException;
import fr.stages.web.FormState;
import fr.stages.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The correspondent's page for their direction: who else is told of each application, after how many days an
 * unanswered application is late, and the words agents start from when they reject or invite.
 */
@Named("backofficeDirectionPage")
@ViewScoped
public class BackofficeDirectionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectionSettings settings;

    @Inject
    Templates templates;

    @Inject
    fr.stages.applications.boundary.Reminders reminders;

    @Inject
    Texts texts;

    @Inject
    FormState form;

    private String name;
    private String noticeEmail;
    private Integer responseDays;
    private final Map<TemplateKind, List<MessageTemplate>> lists = new EnumMap<>(TemplateKind.class);
    private fr.stages.applications.entity.ReminderReport reminder;

    // the template being written: a new one, one of the direction's (id), or one of the platform's (index)
    private TemplateKind kind = TemplateKind.REJECTION;
    private Long templateId;
    private Integer standardIndex;
    private String templateName;
    private String french;
    private String english;

    @PostConstruct
    void load() {
        Direction direction = settings.mine();
        name = direction.getName();
        noticeEmail = direction.getNoticeEmail();
        responseDays = direction.getResponseDays();
        templates();
    }

    private void templates() {
        for (TemplateKind each : TemplateKind.values()) {
            lists.put(each, templates.mine(each));
        }
    }

    public void save() {
        try {
            Direction saved = settings.designateNoticeAddress(noticeEmail);
            noticeEmail = saved.getNoticeEmail();
            if (noticeEmail == null) {
                form.done("direction.noticeEmail.cleared");
            } else {
                form.done("direction.noticeEmail.saved", noticeEmail);
            }
        } catch (BusinessException e) {
            form.error("direction:noticeEmail", e);
        }
    }

    public void saveDelay() {
        try {
            responseDays = settings.expectAnswersWithin(responseDays == null ? 0 : responseDays).getResponseDays();
            form.done("direction.responseDays.saved", responseDays);
        } catch (BusinessException e) {
            form.error("delay:responseDays", e);
        }
    }

    /** Fills the template form with one of the lists' templates. */
    public void edit(MessageTemplate template, int index) {
        kind = template.getKind();
        templateId = template.getId();
        standardIndex = template.getId() == null ? index : null;
        templateName = template.getName();
        french = template.getFrench();
        english = template.getEnglish();
    }

    public void newTemplate(TemplateKind newKind) {
        kind = newKind;
        templateId = null;
        standardIndex = null;
        templateName = null;
        french = null;
        english = null;
    }

    public void saveTemplate() {
        try {
            if (standardIndex != null) {
                templates.adopt(kind, standardIndex, templateName, french, english);
            } else {
                templates.save(templateId, kind, templateName, french, english);
            }
            form.done("direction.template.saved", templateName.strip());
            newTemplate(kind);
            templates();
        } catch (BusinessException e) {
            String field = e.key().contains("name") ? "template:templateName"
                    : e.key().contains("french") ? "template:french" : "template:english";
            form.error(field, e);
        } catch (NotFoundException e) {
            form.error(null, texts.get("direction.template.gone"));
            templates();
        }
    }

    public void delete(MessageTemplate template) {
        try {
            templates.delete(template.getId());
            form.done("direction.template.deleted", template.getName());
        } catch (NotFoundException e) {
            form.error(null, texts.get("direction.template.gone"));
        }
        templates();
    }

    public boolean isStandard(List<MessageTemplate> list) {
        return !list.isEmpty() && list.get(0).getId() == null;
    }

    public TemplateKind[] getKinds() {
        return TemplateKind.values();
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

    public Integer getResponseDays() {
        return responseDays;
    }

    public void setResponseDays(Integer responseDays) {
        this.responseDays = responseDays;
    }

    /** The direction's templates of that kind, or the platform's while it wrote none. */
    public List<MessageTemplate> templatesOf(TemplateKind of) {
        return lists.get(of);
    }

    public TemplateKind getKind() {
        return kind;
    }

    public void setKind(TemplateKind kind) {
        this.kind = kind;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public boolean isEditing() {
        return templateId != null || standardIndex != null;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public String getFrench() {
        return french;
    }

    public void setFrench(String french) {
        this.french = french;
    }

    public String getEnglish() {
        return english;
    }

    public void setEnglish(String english) {
        this.english = english;
    }

    /** The daily reminder: when it next leaves, what its last run sent to the direction's agents. */
    public fr.stages.applications.entity.ReminderReport getReminder() {
        if (reminder == null) {
            reminder = reminders.ofMyDirection();
        }
        return reminder;
    }
}
