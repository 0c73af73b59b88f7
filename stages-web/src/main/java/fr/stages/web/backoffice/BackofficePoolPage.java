package fr.stages.web.backoffice;

import fr.stages.accounts.boundary.Agents;
import fr.stages.accounts.entity.Agent;
import fr.stages.directions.boundary.ReferenceData;
import fr.stages.directions.entity.JobFamily;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.spontaneous.boundary.SpontaneousApplications;
import fr.stages.spontaneous.entity.PoolCriteria;
import fr.stages.spontaneous.entity.PoolPage;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import fr.stages.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pool of spontaneous applications as the agent's direction sees it, searched by a plain GET form: the
 * criteria are the query string (?mots=&amp;metier=&amp;niveau=&amp;mois=&amp;page=), so a search can be bookmarked and
 * shared with a colleague of the same direction. Values that make no sense are ignored, not errors.
 */
@Named("backofficePoolPage")
@RequestScoped
public class BackofficePoolPage {

    @Inject
    SpontaneousApplications spontaneous;

    @Inject
    ReferenceData referenceData;

    @Inject
    Agents agents;

    @Inject
    Texts texts;

    private String mots;
    private String metier;
    private String niveau;
    private String mois;
    private String page;
    private PoolPage result;
    private String scope;
    private List<JobFamily> jobFamilies;

    public void load() {
        Agent agent = agents.current();
        scope = agent.seesEveryDirection() ? null : agent.getDirection().getName();
        Long family = number(metier);
        // "0" is the "all" choice of the form (an empty option value would not survive Facelets)
        result = spontaneous.pool(new PoolCriteria(mots, family == null || family == 0 ? null : family, level(),
                month(), (int) orOne(page)));
    }

    private static Long number(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    private static long orOne(String value) {
        Long n = number(value);
        return n == null || n > 100_000 ? 1 : n;
    }

    private EducationLevel level() {
        for (EducationLevel level : EducationLevel.values()) {
            if (level.name().equals(niveau)) {
                return level;
            }
        }
        return null;
    }

    private YearMonth month() {
        try {
            return mois == null || mois.isBlank() ? null : YearMonth.parse(mois);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The wished period as a phrase; entries loaded from older data may lack its end. */
    public String period(SpontaneousApplication entry) {
        if (entry.getWishedStart() == null) {
            return "";
        }
        return entry.getWishedEnd() == null ? texts.get("pool.from", texts.date(entry.getWishedStart()))
                : texts.get("spontaneous.periodValue", texts.date(entry.getWishedStart()), texts.date(entry.getWishedEnd()));
    }

    /** The address of another page of the same search. */
    public String pageUrl(int number) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("mots", mots);
        query.put("metier", metier);
        query.put("niveau", niveau);
        query.put("mois", mois);
        query.put("page", Integer.toString(number));
        return "pool.xhtml?" + query.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public PoolPage getResult() {
        return result;
    }

    /** The direction's name, or null for the internship office, which sees every entry. */
    public String getScope() {
        return scope;
    }

    public List<JobFamily> getJobFamilies() {
        if (jobFamilies == null) {
            jobFamilies = referenceData.jobFamilies();
        }
        return jobFamilies;
    }

    public EducationLevel[] getLevels() {
        return EducationLevel.values();
    }

    public String getMots() {
        return mots;
    }

    public void setMots(String mots) {
        this.mots = mots;
    }

    public String getMetier() {
        return metier;
    }

    public void setMetier(String metier) {
        this.metier = metier;
    }

    public String getNiveau() {
        return niveau;
    }

    public void setNiveau(String niveau) {
        this.niveau = niveau;
    }

    public String getMois() {
        return mois;
    }

    public void setMois(String mois) {
        this.mois = mois;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
