package fr.stages.web.backoffice;

import fr.stages.applications.boundary.Recruitment;
import fr.stages.applications.entity.Answer;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationCriteria;
import fr.stages.applications.entity.ApplicationStatus;
import fr.stages.directions.boundary.Templates;
import fr.stages.directions.entity.MessageTemplate;
import fr.stages.directions.entity.TemplateKind;
import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.BusinessException;
import fr.stages.statistics.boundary.Audience;
import fr.stages.statistics.entity.OfferAudience;
import fr.stages.web.FormState;
import fr.stages.web.NotFoundPages;
import fr.stages.web.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * One offer the agent manages and its applications: a lazy table (each page read from the database as
 * filtered and sorted), the agent's selection kept across pages, and what is done to many at once: reject
 * with the direction's words, or write to them. Any other offer answers 404, as if it did not exist.
 */
@Named("backofficeOfferPage")
@ViewScoped
public class BackofficeOfferPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The filter that shows every application still awaiting an answer. */
    static final String PENDING = "EN_ATTENTE";
    static final String ALL = "TOUTES";

    @Inject
    Offers offers;

    @Inject
    Recruitment recruitment;

    @Inject
    Templates templates;

    @Inject
    Audience audience;

    @Inject
    Texts texts;

    @Inject
    FormState form;

    /** Kept as text: a garbled id in a shared link is a missing page (404), not a conversion error. */
    private String id;
    private Offer offer;
    private Map<ApplicationStatus, Long> byStatus = Map.of();
    private final Model model = new Model();

    // filters
    private String status = ALL;
    private String level = ALL;
    private String words;
    private String since;
    private ApplicationCriteria criteria = ApplicationCriteria.all();
    /** How many applications criteria shows, counted for shownFor during the request shownIn (getShown). */
    private Long shown;
    private ApplicationCriteria shownFor;
    private transient FacesContext shownIn;

    /** Ticked rows, by application id, across pages. */
    private final Map<Long, Boolean> selected = new HashMap<>();

    // closing a filled offer
    private boolean informPending = true;
    private MessageDraft closing = MessageDraft.fromTemplates(List.of());

    /**
     * An action on many applications asked for and not yet confirmed: which, on how many, with which texts. The
     * agent confirms what the page showed; if the count or the texts changed meanwhile, it is asked again.
     */
    public record Confirmation(String action, long count, String french, String english) implements Serializable {
    }

    private Confirmation confirming;
    private String audienceText;

    // bulk answers
    private MessageDraft rejection = MessageDraft.fromTemplates(List.of());
    private final MessageDraft writing = MessageDraft.free();

    public void load() {
        if (offer != null) {
            return;
        }
        offer = NotFoundPages.find(id, offers::withHistory);
        if (offer != null) {
            audienceText = audienceText(audience.of(offer.getId()));
            long direction = offer.getDirection().getId();
            List<MessageTemplate> rejections = templates.of(direction, TemplateKind.REJECTION);
            List<MessageTemplate> closings = templates.of(direction, TemplateKind.CLOSING);
            // each form starts from its own kind's words and offers the other's after them
            rejection = MessageDraft.fromTemplates(Stream.concat(rejections.stream(), closings.stream()).toList());
            closing = MessageDraft.fromTemplates(Stream.concat(closings.stream(), rejections.stream()).toList());
            counts();
        }
    }

    public void publish() {
        change(() -> offers.publish(offer.getId()), "offer.done.published");
    }

    public void unpublish() {
        change(() -> offers.unpublish(offer.getId()), "offer.done.unpublished");
    }

    /** A copy as a new draft, opened in the editor. */
    public void duplicate() throws java.io.IOException {
        Offer copy = offers.duplicate(offer.getId());
        jakarta.faces.context.ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().put("done", texts.get("offer.done.duplicated", offer.getReference(), copy.getReference()));
        external.redirect(external.getRequestContextPath() + "/backoffice/offer-edit.xhtml?id=" + copy.getId());
    }

    /** Filled: off the site, and (by default) every pending candidate told, in one step. */
    public void closeFilled() {
        try {
            Answer answer = recruitment.closeFilled(offer.getId(), informPending,
                    closing.reason(), closing.getFrench(), closing.getEnglish());
            if (informPending) {
                form.done("offer.done.filledInformed", answer.done());
            } else {
                form.done("offer.done.filled");
            }
            reload();
        } catch (BusinessException e) {
            String field = e.key().endsWith(".english") ? "close:closeEnglish"
                    : e.key().startsWith("recruitment.rejection") || e.key().startsWith("mail.rejection")
                    ? "close:closeFrench" : null;
            form.error(field, e);
        }
    }

    private void change(Supplier<Offer> action, String doneKey) {
        try {
            action.get();
            form.done(doneKey);
            reload();
        } catch (BusinessException e) {
            form.error(null, e);
        }
    }

    private void reload() {
        offer = offers.withHistory(offer.getId());
        selected.clear();
        counts();
    }

    private void counts() {
        byStatus = recruitment.byStatus(offer.getId());
        shown = null; // an action changed statuses: the filter's count too
    }

    /** The filter form: a date that is not one is said next to its field; the rest only narrows the list. */
    public void filter() {
        LocalDate from = null;
        if (since != null && !since.isBlank()) {
            try {
                from = LocalDate.parse(since.strip());
            } catch (DateTimeParseException e) {
                form.error("applications:since", new BusinessException("applications.since.invalid"));
                return;
            }
        }
        ApplicationStatus chosen = status == null || PENDING.equals(status) || ALL.equals(status) ? null
                : ApplicationStatus.valueOf(status);
        EducationLevel chosenLevel = level == null || ALL.equals(level) ? null : EducationLevel.valueOf(level);
        criteria = new ApplicationCriteria(chosen, PENDING.equals(status), chosenLevel, words, from,
                criteria.order(), criteria.ascending());
    }

    public void rejectSelected() {
        answer(() -> recruitment.reject(offer.getId(), chosenIds(), rejection.reason(), rejection.getFrench(),
                rejection.getEnglish()), "applications.rejected");
    }

    /** « Refuser les candidatures cochées »: asks for a confirmation (none ticked: the business says so). */
    public void askRejectSelected() {
        if (chosenIds().isEmpty()) {
            rejectSelected();
            return;
        }
        confirming = asked("rejectSelected");
    }

    public void askRejectPending() {
        confirming = asked("rejectPending");
    }

    public void askClose() {
        confirming = asked("closeFilled");
    }

    /** What that action would do now: on how many applications, with which texts. */
    private Confirmation asked(String action) {
        return switch (action) {
            case "rejectSelected" -> new Confirmation(action, chosenIds().size(), rejection.getFrench(),
                    rejection.getEnglish());
            case "rejectPending" -> new Confirmation(action, getPendingShown(), rejection.getFrench(),
                    rejection.getEnglish());
            default -> informPending ? new Confirmation(action, getPending(), closing.getFrench(), closing.getEnglish())
                    : new Confirmation(action, 0, null, null);
        };
    }

    /** Does what was confirmed, if it is still what the page showed; else shows it again with a word why. */
    public void confirm() {
        if (confirming == null) {
            return;
        }
        Confirmation now = asked(confirming.action());
        if (!now.equals(confirming)) {
            confirming = now;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    texts.get("confirm.changed"), null));
            return;
        }
        confirming = null;
        switch (now.action()) {
            case "rejectSelected" -> rejectSelected();
            case "rejectPending" -> rejectPending();
            default -> closeFilled();
        }
    }

    public void cancel() {
        confirming = null;
    }

    /** Whether that action waits for its confirmation (the page then shows what it will do). */
    public boolean isConfirming(String action) {
        return confirming != null && confirming.action().equals(action);
    }

    public Confirmation getConfirming() {
        return confirming;
    }

    public void rejectPending() {
        answer(() -> recruitment.rejectPending(offer.getId(), criteria, rejection.reason(), rejection.getFrench(),
                rejection.getEnglish()), "applications.rejected");
    }

    public void contactSelected() {
        answer(() -> recruitment.contact(offer.getId(), chosenIds(), writing.getSubject(), writing.getText()), "applications.contacted");
    }

    private void answer(Supplier<Answer> action, String doneKey) {
        try {
            Answer answer = action.get();
            form.done(doneKey, answer.done());
            if (!answer.skipped().isEmpty()) {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                        texts.get("applications.skipped", answer.skipped().size(),
                                String.join(", ", answer.skipped())), null));
            }
            selected.clear();
            counts();
        } catch (BusinessException e) {
            form.error(field(e.key()), e);
        }
    }

    private static String field(String key) {
        if (key.startsWith("mail.rejection") || key.equals("recruitment.rejection.french")) {
            return "applications:french";
        }
        if (key.equals("recruitment.rejection.english")) {
            return "applications:english";
        }
        if (key.startsWith("mail.contact.subject")) {
            return "applications:subject";
        }
        if (key.startsWith("mail.contact.message")) {
            return "applications:message";
        }
        return null;
    }

    private List<Long> chosenIds() {
        List<Long> ids = new ArrayList<>();
        selected.forEach((applicationId, ticked) -> {
            if (Boolean.TRUE.equals(ticked)) {
                ids.add(applicationId);
            }
        });
        return ids;
    }

    /** Unanswered for longer than the direction allows: flagged in the list. */
    public boolean late(Application application) {
        return application.isUnansweredAfter(offer.getDirection().getResponseDays(), fr.stages.platform.CityTime.now());
    }

    public long count(String statusName) {
        return byStatus.getOrDefault(ApplicationStatus.valueOf(statusName), 0L);
    }

    public long getTotal() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long getPending() {
        return byStatus.entrySet().stream().filter(e -> e.getKey().isPending()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Whether the filter narrows the list: the heading then says how many it shows of how many. */
    public boolean isNarrowed() {
        return criteria.narrows();
    }

    /**
     * How many applications the filter shows (the heading comes before the table has counted its rows): one
     * query for both (the table's count asked it again), counted again at each request, as applications come.
     */
    public long getShown() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (shown == null || !criteria.equals(shownFor) || shownIn != request) {
            shownFor = criteria;
            shownIn = request;
            shown = recruitment.count(offer.getId(), criteria);
        }
        return shown;
    }

    /** How many applications the filter shows that still await an answer ("reject them all"). */
    public long getPendingShown() {
        return recruitment.count(offer.getId(), criteria.pending());
    }

    public int getSelectedCount() {
        return chosenIds().size();
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public EducationLevel[] getLevels() {
        return EducationLevel.values();
    }

    /** Each page of the table, read as filtered and sorted; the row key is the application's id. */
    public class Model extends LazyDataModel<Application> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) getShown();
        }

        @Override
        public List<Application> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            sortBy.values().stream().filter(SortMeta::isActive).findFirst().ifPresent(sort -> criteria =
                    new ApplicationCriteria(criteria.status(), criteria.pendingOnly(), criteria.level(),
                            criteria.keywords(), criteria.receivedSince(), order(sort.getField()),
                            sort.getOrder() == SortOrder.ASCENDING));
            return recruitment.rows(offer.getId(), criteria, first, pageSize);
        }

        @Override
        public String getRowKey(Application application) {
            return String.valueOf(application.getId());
        }

        @Override
        public Application getRowData(String rowKey) {
            return null; // rows are chosen with the page's own check boxes, not the table's selection
        }

        private ApplicationCriteria.Order order(String field) {
            return switch (field == null ? "" : field) {
                case "name" -> ApplicationCriteria.Order.NAME;
                case "level" -> ApplicationCriteria.Order.LEVEL;
                case "status" -> ApplicationCriteria.Order.STATUS;
                default -> ApplicationCriteria.Order.RECEIVED;
            };
        }
    }

    /** What an event's line adds: the fields an edit changed, in words; the offer a copy came from. */
    public String detail(fr.stages.offers.entity.OfferEvent event) {
        if (event.getDetail() == null) {
            return "";
        }
        if (event.getAction() == fr.stages.offers.entity.OfferAction.EDITED) {
            return java.util.Arrays.stream(event.getDetail().split(","))
                    .map(field -> texts.get("offerField." + field))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return event.getDetail();
    }

    public boolean isInformPending() {
        return informPending;
    }

    public void setInformPending(boolean informPending) {
        this.informPending = informPending;
    }

    public MessageDraft getClosing() {
        return closing;
    }

    public Model getModel() {
        return model;
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The offer's views and the applications since they were first counted, in words. */
    private String audienceText(OfferAudience seen) {
        if (seen == null) {
            return texts.get("backoffice.offer.audience.none");
        }
        Double perHundred = seen.applicationsPerHundredViews();
        NumberFormat decimal = NumberFormat.getNumberInstance(texts.locale());
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        return texts.get("backoffice.offer.audience.both",
                texts.get("backoffice.offer.audience.views", seen.views(), texts.date(seen.since())),
                texts.get("backoffice.offer.audience.applications", seen.applications(),
                        perHundred == null ? "–" : decimal.format(perHundred)));
    }

    public String getAudienceText() {
        return audienceText;
    }

    public Offer getOffer() {
        return offer;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public MessageDraft getRejection() {
        return rejection;
    }

    public MessageDraft getWriting() {
        return writing;
    }
}
