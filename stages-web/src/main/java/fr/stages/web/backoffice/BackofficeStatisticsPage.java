package fr.stages.web.backoffice;

import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.Service;
import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.statistics.boundary.Statistics;
import fr.stages.statistics.entity.Dashboard;
import fr.stages.statistics.entity.InternTarget;
import fr.stages.statistics.entity.StatisticsPeriod;
import fr.stages.web.FormState;
import fr.stages.web.Texts;
import fr.stages.web.backoffice.StatTable.Cell;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics page (/backoffice/statistics.xhtml): a GET form (period, and for those who may, a direction and a
 * service) so that a dashboard has an address to share, then the dashboard's tables, three of them also drawn as
 * charts (PrimeFaces' chart, the table next to it says the same), each with its exports. The internship office
 * sets the year's target of interns here (a POST, then back to the same address).
 */
@Named("backofficeStatisticsPage")
@RequestScoped
public class BackofficeStatisticsPage {

    private static final String BLUE = "#000091";
    private static final String RED = "#c9191e";

    @Inject
    Statistics statistics;

    @Inject
    Texts texts;

    @Inject
    FormState form;

    @Inject
    RenderedTables rendered;

    private String from;
    private String to;
    private String direction;
    private String service;
    private final Map<String, String> errors = new HashMap<>();
    private StatisticsAsked asked;
    private Dashboard dashboard;
    private RenderedTables.Tables tables = new RenderedTables.Tables(List.of(), Map.of());
    private List<Direction> directions = List.of();
    private List<Service> services = List.of();
    private Integer targetValue;
    private boolean notFound;

    /** Reads the address's parameters and computes the dashboard (f:viewAction, GET only). */
    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String[]> parameters = external.getRequestParameterValuesMap();
        from = StatisticsAsked.first(parameters, "du");
        to = StatisticsAsked.first(parameters, "au");
        direction = StatisticsAsked.first(parameters, "direction");
        service = StatisticsAsked.first(parameters, "service");
        directions = statistics.directionsForMe();
        try {
            asked = StatisticsAsked.of(parameters);
            dashboard = statistics.dashboard(asked.period(), asked.direction(), asked.service());
        } catch (NotFoundException e) {
            notFound = true; // another direction's or service's id: as if it did not exist
            external.setResponseStatus(404);
            return;
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                errors.put(error.field(), texts.error(error.key(), error.arguments()));
            }
            return;
        }
        from = dashboard.period().from().toString();
        to = dashboard.period().to().toString();
        Long shownDirection = dashboard.scope().directionId();
        direction = shownDirection == null ? null : shownDirection.toString();
        service = dashboard.scope().serviceId() == null ? null : dashboard.scope().serviceId().toString();
        if (shownDirection != null) {
            services = statistics.servicesForMe(shownDirection);
        }
        tables = rendered.of(dashboard, texts.locale().getLanguage(), asked.query(),
                () -> new StatisticsTables(texts).all(dashboard));
        if (isTargetShown()) {
            InternTarget target = statistics.target(dashboard.period().from().getYear());
            targetValue = target == null ? null : target.getInterns();
        }
    }

    /** The office sets the target of the school year shown (the form carries the year), then sees the page again. */
    public String saveTarget() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String year = parameters.get("targetYear");
        try {
            int schoolYear = Integer.parseInt(year);
            statistics.setTarget(schoolYear, targetValue == null ? 0 : targetValue);
            StatisticsPeriod period = StatisticsPeriod.schoolYear(schoolYear);
            return "/backoffice/statistics.xhtml?faces-redirect=true&du=" + period.from() + "&au=" + period.to()
                    + "&objectif=enregistre";
        } catch (NumberFormatException e) {
            form.error(null, texts.error("statistics.unknown"));
        } catch (BusinessException e) {
            form.error("target:targetValue", e);
        }
        return null;
    }

    /**
     * The target's form: the office's, on the city's dashboard of a school year. On its own postback (no dashboard
     * computed then) it must still be there, or Faces would not call its action.
     */
    public boolean isTargetShown() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isUserInRole("office")) {
            return false;
        }
        return faces.isPostback() || dashboard != null && dashboard.scope().isCity() && dashboard.period().isSchoolYear();
    }

    /** The school year of the target's form: the dashboard's, or on the form's postback the one it sent. */
    public String getTargetYear() {
        if (dashboard != null) {
            return Integer.toString(dashboard.period().from().getYear());
        }
        String sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("targetYear");
        return sent != null && sent.matches("[0-9]{4}") ? sent : null;
    }

    /** « 2026-2027 » */
    public String getSchoolYear() {
        String year = getTargetYear();
        return year == null ? "" : year + "-" + (Integer.parseInt(year) + 1);
    }

    public boolean isTargetSaved() {
        return "enregistre".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("objectif"));
    }

    public StatTable table(String id) {
        return tables.table(id);
    }

    /** A table with its exports, as HTML (StatTableHtml says why); header: the column that names each row. */
    public String html(String id, int header) {
        StatTable t = table(id);
        return t == null ? "" : tables.html(id + "|" + header, k -> StatTableHtml.of(t, header,
                texts.get("statistics.export"), export(id, "csv"), texts.get("statistics.export.label", t.caption(), "CSV"),
                export(id, "xlsx"), texts.get("statistics.export.label", t.caption(), "XLSX")));
    }

    /** The address of a table's export in that format, for the dashboard shown. */
    public String export(String id, String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/backoffice/statistics-export?tableau=" + id + "&format=" + format + "&" + asked.query();
    }

    /** What the dashboard covers, in words: « Toute la Ville », a direction, a service of it. */
    public String getScopeName() {
        var scope = dashboard.scope();
        if (scope.isCity()) {
            return texts.get("statistics.scope.city");
        }
        return scope.isService() ? texts.get("statistics.scope.service", scope.serviceName(), scope.directionName())
                : scope.directionName();
    }

    public String getPeriodName() {
        return texts.get("statistics.periodName", texts.date(dashboard.period().from()), texts.date(dashboard.period().to()));
    }

    public String getComputedAt() {
        return texts.dateTime(dashboard.computedAt());
    }

    // --- charts (Chart.js configurations for p:chart; the tables next to them hold the same numbers) ---------

    public String getFunnelChart() {
        StatTable funnel = table("parcours");
        return bar(funnel, 1, texts.get("statistics.column.applications"), BLUE, true);
    }

    public String getMonthsChart() {
        StatTable months = table("mois");
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder places = Json.createArrayBuilder();
        JsonArrayBuilder applications = Json.createArrayBuilder();
        for (List<Cell> row : months.rows()) {
            labels.add(row.get(0).text());
            places.add(row.get(2).value().intValue());
            applications.add(row.get(3).value().intValue());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(dataset(months.columns().get(2), places, BLUE))
                        .add(dataset(months.columns().get(3), applications, RED))))
                .add("options", options(false, true)).build().toString();
    }

    public String getResponseChart() {
        return bar(table("delais"), 4, texts.get("statistics.column.median"), BLUE, true);
    }

    private String bar(StatTable table, int column, String label, String color, boolean horizontal) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        int nameColumn = table.id().equals("delais") ? 1 : 0;
        for (List<Cell> row : table.rows()) {
            labels.add(row.get(nameColumn).text());
            Number value = row.get(column).value();
            if (value == null) {
                values.addNull();
            } else {
                values.add(value.doubleValue());
            }
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(dataset(label, values, color))))
                .add("options", options(horizontal, false)).build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", color);
    }

    private static JsonObjectBuilder options(boolean horizontal, boolean legend) {
        return Json.createObjectBuilder().add("indexAxis", horizontal ? "y" : "x").add("animation", false)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", legend)));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<Direction> getDirections() {
        return directions;
    }

    public List<Service> getServices() {
        return services;
    }

    public boolean isOffice() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("office");
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getDirection() {
        return direction;
    }

    public String getService() {
        return service;
    }

    public Integer getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(Integer targetValue) {
        this.targetValue = targetValue;
    }
}
