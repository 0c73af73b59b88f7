package fr.stages.web.backoffice;

import fr.stages.offers.entity.EducationLevel;
import fr.stages.statistics.entity.Breakdown;
import fr.stages.statistics.entity.Dashboard;
import fr.stages.statistics.entity.Figures;
import fr.stages.statistics.entity.Funnel;
import fr.stages.statistics.entity.OfferAudience;
import fr.stages.statistics.entity.SearchGap;
import fr.stages.statistics.entity.ResponseTime;
import fr.stages.web.Texts;
import fr.stages.web.backoffice.StatTable.Cell;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dashboard as tables, in the reader's language: what the statistics page shows (each chart with its table)
 * and what its exports write, from the same cells.
 */
final class StatisticsTables {

    static final List<String> IDS = List.of("indicateurs", "parcours", "delais", "mois", "metiers", "niveaux", "durees",
            "audience", "recherches");

    private final Texts texts;
    private final Locale locale;
    private final NumberFormat whole;
    private final NumberFormat decimal;
    private final NumberFormat percent;

    StatisticsTables(Texts texts) {
        this.texts = texts;
        this.locale = texts.locale();
        whole = NumberFormat.getIntegerInstance(locale);
        decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
    }

    /** The tables of a dashboard; the searches that found almost nothing are the whole site's: the city's only. */
    List<StatTable> all(Dashboard d) {
        List<StatTable> all = new ArrayList<>(List.of(headline(d), funnel(d.funnel()), responseTimes(d),
                months(d.months()), families(d.jobFamilies()), levels(d.levels()), durations(d.durations()),
                audience(d.mostViewed())));
        if (d.scope().isCity()) {
            all.add(searchGaps(d.searchGaps()));
        }
        return all;
    }

    /** The table of that id, or null when this dashboard has none. */
    StatTable one(Dashboard d, String id) {
        return all(d).stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    private Cell count(long n) {
        return new Cell(whole.format(n), n, null);
    }

    private Cell people(int n) {
        return new Cell(whole.format(n), n, n);
    }

    private Cell ratio(Double value, Integer people) {
        return value == null ? new Cell("–", null, people) : new Cell(decimal.format(value), round(value), people);
    }

    private Cell share(Double value, Integer people) {
        return value == null ? new Cell("–", null, people) : new Cell(percent.format(value), round(value * 100), people);
    }

    private Cell days(Integer value, int people) {
        return value == null ? new Cell("–", null, people) : new Cell(texts.get("statistics.days", value), value, people);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private StatTable headline(Dashboard d) {
        Figures now = d.figures();
        Figures before = d.yearBefore();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(line("statistics.offers", count(now.offers()), count(before.offers())));
        rows.add(line("statistics.places", count(now.places()), count(before.places())));
        rows.add(line("statistics.applications", people(now.applications()), people(before.applications())));
        rows.add(line("statistics.spontaneous", people(now.spontaneous()), people(before.spontaneous())));
        rows.add(line("statistics.perOffer", ratio(now.applicationsPerOffer(), now.applications()),
                ratio(before.applicationsPerOffer(), before.applications())));
        rows.add(line("statistics.accepted", people(now.accepted()), people(before.accepted())));
        if (d.target() != null) {
            rows.add(List.of(Cell.text(texts.get("statistics.target")), count(d.target()),
                    share((double) now.accepted() / d.target(), now.accepted()), Cell.text("")));
        }
        rows.add(line("statistics.paidShare", share(now.paidShare(), null), share(before.paidShare(), null)));
        rows.add(line("statistics.averageWeeks", ratio(now.averageWeeks(), null), ratio(before.averageWeeks(), null)));
        rows.add(line("statistics.medianDays", days(now.medianDays(), now.answered()),
                days(before.medianDays(), before.answered())));
        rows.add(line("statistics.p90Days", days(now.p90Days(), now.answered()), days(before.p90Days(), before.answered())));
        rows.add(line("statistics.lateShare", share(now.lateShare(), now.eligible()),
                share(before.lateShare(), before.eligible())));
        if (d.scope().isCity()) {
            rows.add(line("statistics.searchViews", count(d.visits().searchPage()), count(d.visitsBefore().searchPage())));
        }
        rows.add(line("statistics.offerViews", count(d.visits().offerPages()), count(d.visitsBefore().offerPages())));
        return new StatTable("indicateurs", texts.get("statistics.table.headline"), List.of(texts.get("statistics.column.figure"),
                texts.get("statistics.column.period"), texts.get("statistics.column.yearBefore"),
                texts.get("statistics.column.change")), rows);
    }

    /** A headline's line: its name, the period's value, the year before's, and the change between them. */
    private List<Cell> line(String key, Cell now, Cell before) {
        Cell change = Cell.text("–");
        if (now.value() != null && before.value() != null && before.value().doubleValue() != 0) {
            double ratio = now.value().doubleValue() / before.value().doubleValue() - 1;
            String sign = ratio > 0 ? "+" : "";
            Integer people = now.people() == null ? null : Math.min(now.people(), before.people());
            change = new Cell(sign + percent.format(ratio), round(ratio * 100), people);
        }
        return List.of(Cell.text(texts.get(key)), now, before, change);
    }

    private StatTable funnel(Funnel f) {
        List<List<Cell>> rows = new ArrayList<>();
        int received = f.received();
        for (var step : List.of(
                new Object[] {"statistics.funnel.received", f.received()}, new Object[] {"statistics.funnel.read", f.read()},
                new Object[] {"statistics.funnel.shortlisted", f.shortlisted()},
                new Object[] {"statistics.funnel.interview", f.interview()},
                new Object[] {"statistics.funnel.accepted", f.accepted()}, new Object[] {"statistics.funnel.rejected", f.rejected()},
                new Object[] {"statistics.funnel.withdrawn", f.withdrawn()}, new Object[] {"statistics.funnel.invited", f.invited()},
                new Object[] {"statistics.funnel.waiting", f.waiting()},
                new Object[] {"statistics.funnel.neverAnswered", f.neverAnswered()})) {
            int n = (Integer) step[1];
            rows.add(List.of(Cell.text(texts.get((String) step[0])), people(n),
                    share(received == 0 ? null : (double) n / received, n)));
        }
        return new StatTable("parcours", texts.get("statistics.table.funnel"), List.of(texts.get("statistics.column.step"),
                texts.get("statistics.column.applications"), texts.get("statistics.column.shareOfReceived")), rows);
    }

    private StatTable responseTimes(Dashboard d) {
        List<List<Cell>> rows = new ArrayList<>();
        int rank = 0;
        for (ResponseTime t : d.responseTimes()) {
            rank++;
            String unit = t.unit().isEmpty() ? texts.get("statistics.noService") : t.unit();
            rows.add(List.of(count(rank), Cell.text(unit), people(t.applications()), people(t.answered()),
                    days(t.medianDays(), t.answered()), days(t.p90Days(), t.answered()), share(t.lateShare(), t.eligible())));
        }
        return new StatTable("delais", texts.get(d.scope().isCity() ? "statistics.table.responseDirections"
                : "statistics.table.responseServices"), List.of(texts.get("statistics.column.rank"),
                texts.get(d.scope().isCity() ? "statistics.column.direction" : "statistics.column.service"),
                texts.get("statistics.column.applications"), texts.get("statistics.column.answered"),
                texts.get("statistics.column.median"), texts.get("statistics.column.p90"),
                texts.get("statistics.column.late")), rows);
    }

    private StatTable months(List<Breakdown> months) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        List<List<Cell>> rows = new ArrayList<>();
        double average = Breakdown.averageDemandPerPlace(months);
        for (Breakdown b : months) {
            String name = YearMonth.parse(b.key()).format(format);
            rows.add(List.of(Cell.text(Character.toUpperCase(name.charAt(0)) + name.substring(1)), count(b.offers()),
                    count(b.places()), people(b.applications()), people(b.spontaneous()), signal(b, average)));
        }
        return new StatTable("mois", texts.get("statistics.table.months"), List.of(texts.get("statistics.column.month"),
                texts.get("statistics.column.offers"), texts.get("statistics.column.places"),
                texts.get("statistics.column.applications"), texts.get("statistics.column.spontaneous"),
                texts.get("statistics.column.signal")), rows);
    }

    private StatTable families(List<Breakdown> families) {
        List<List<Cell>> rows = new ArrayList<>();
        double average = Breakdown.averageDemandPerPlace(families);
        for (Breakdown b : families) {
            rows.add(List.of(Cell.text(b.name()), count(b.offers()), count(b.places()), people(b.applications()),
                    ratio(b.applicationsPerPlace(), b.applications()), people(b.spontaneous()), count(b.searches()),
                    signal(b, average)));
        }
        return new StatTable("metiers", texts.get("statistics.table.families"), List.of(texts.get("statistics.column.family"),
                texts.get("statistics.column.offers"), texts.get("statistics.column.places"),
                texts.get("statistics.column.applications"), texts.get("statistics.column.perPlace"),
                texts.get("statistics.column.spontaneousNaming"), texts.get("statistics.column.searches"),
                texts.get("statistics.column.signal")), rows);
    }

    /** A line's mark (demand far above supply, places without candidates), in words: never by colour alone. */
    private Cell signal(Breakdown b, double average) {
        Breakdown.Signal signal = b.signal(average);
        return Cell.text(signal == Breakdown.Signal.NONE ? "" : texts.get("statistics.signal." + signal.name()));
    }

    private StatTable levels(List<Breakdown> levels) {
        List<List<Cell>> rows = new ArrayList<>();
        double average = Breakdown.averageDemandPerPlace(levels);
        for (Breakdown b : levels) {
            rows.add(List.of(Cell.text(texts.level(EducationLevel.valueOf(b.key()))), count(b.offers()), count(b.places()),
                    people(b.applications()), ratio(b.applicationsPerPlace(), b.applications()), signal(b, average)));
        }
        return new StatTable("niveaux", texts.get("statistics.table.levels"), List.of(texts.get("statistics.column.level"),
                texts.get("statistics.column.offers"), texts.get("statistics.column.places"),
                texts.get("statistics.column.applicationsByLevel"), texts.get("statistics.column.perPlace"),
                texts.get("statistics.column.signal")), rows);
    }

    /** The offers most viewed and their applications: which offers are read and not answered, and the reverse. */
    private StatTable audience(List<OfferAudience> offers) {
        List<List<Cell>> rows = new ArrayList<>();
        int rank = 0;
        for (OfferAudience o : offers) {
            rank++;
            rows.add(List.of(count(rank), Cell.text(o.reference()), Cell.text(o.title()), count(o.views()),
                    people(o.applications()), ratio(o.applicationsPerHundredViews(), o.applications())));
        }
        return new StatTable("audience", texts.get("statistics.table.audience"), List.of(
                texts.get("statistics.column.rank"), texts.get("statistics.column.reference"),
                texts.get("statistics.column.offer"), texts.get("statistics.column.views"),
                texts.get("statistics.column.applications"), texts.get("statistics.column.perHundredViews")), rows);
    }

    /** Keywords searched that found almost nothing, the most searched first (searches count like people: masked). */
    private StatTable searchGaps(List<SearchGap> gaps) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SearchGap g : gaps) {
            rows.add(List.of(Cell.text(g.keywords()), new Cell(whole.format(g.searches()), g.searches(),
                    (int) Math.min(Integer.MAX_VALUE, g.searches())), count(g.results())));
        }
        return new StatTable("recherches", texts.get("statistics.table.searchGaps"), List.of(
                texts.get("statistics.column.keywords"), texts.get("statistics.column.searchCount"),
                texts.get("statistics.column.found")), rows);
    }

    private StatTable durations(List<Breakdown> durations) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Breakdown b : durations) {
            rows.add(List.of(Cell.text(texts.get("search.value.duree." + b.key())), count(b.offers()), count(b.places())));
        }
        return new StatTable("durees", texts.get("statistics.table.durations"), List.of(texts.get("statistics.column.duration"),
                texts.get("statistics.column.offers"), texts.get("statistics.column.places")), rows);
    }
}
