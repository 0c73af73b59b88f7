package fr.stages.web.backoffice;

import fr.stages.directions.entity.MessageTemplate;
import java.io.Serializable;
import java.util.List;

/**
 * A message an agent composes for candidates: the direction's template it starts from (by its place in the
 * list, as the page's menu sends it), the template's words in French and in English and the text in one
 * candidate's language, all of which the agent may edit before sending; or, for a free message, a subject and a
 * text. One per form of the back office that sends words to candidates (reject, invite, close a filled offer,
 * write).
 */
public final class MessageDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<MessageTemplate> templates;
    /** The language of the one candidate the text is for; null: several candidates, each reads theirs. */
    private final String language;
    private String template = "0";
    private String french;
    private String english;
    private String subject;
    private String text;

    private MessageDraft(List<MessageTemplate> templates, String language) {
        this.templates = templates;
        this.language = language;
        if (!templates.isEmpty()) {
            chosen();
        }
    }

    /** Words for many candidates, from these templates: French and English. */
    static MessageDraft fromTemplates(List<MessageTemplate> templates) {
        return new MessageDraft(templates, null);
    }

    /** Words for one candidate, from these templates: the text in their language. */
    static MessageDraft fromTemplates(List<MessageTemplate> templates, String language) {
        return new MessageDraft(templates, language);
    }

    /** A free message: a subject and a text. */
    static MessageDraft free() {
        return new MessageDraft(List.of(), null);
    }

    /** The chosen template's words replace what the draft holds (the agent may still edit them). */
    public void chosen() {
        MessageTemplate chosen = templates.get(index());
        french = chosen.getFrench();
        english = chosen.getEnglish();
        text = chosen.textFor(language);
    }

    /** The chosen template's name: the reason the candidates' history keeps. */
    String reason() {
        return templates.get(index()).getName();
    }

    /** The subject and text written, once sent. */
    void clear() {
        subject = null;
        text = null;
    }

    private int index() {
        try {
            int index = Integer.parseInt(template);
            return index >= 0 && index < templates.size() ? index : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public List<MessageTemplate> getTemplates() {
        return templates;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
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

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
