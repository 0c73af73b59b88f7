package fr.stages.web.opendata;

import fr.stages.platform.CityTime;
import fr.stages.search.boundary.Search;
import fr.stages.statistics.boundary.Statistics;
import fr.stages.statistics.entity.Breakdown;
import fr.stages.statistics.entity.Dashboard;
import fr.stages.statistics.entity.StatisticsPeriod;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.web.http.PublicAddress;
import jakarta.ejb.EJB;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The open data files of the offers online: /donnees/offres.csv and /donnees/offres.json (the API's field names,
 * nested fields flattened with a dot in the CSV), and the CSV's description as a Table Schema
 * (/donnees/offres.schema.json); and the city's anonymous statistics of this school year and the one before,
 * month by month and by job family (/donnees/statistiques-mois.csv, statistiques-metiers.csv, each with its
 * schema), under the Licence Ouverte / Etalab 2.0. Made from the search index when asked and
 * kept by the page cache until an offer changes or the day does: always the offers online now, at least daily.
 */
@WebServlet("/donnees/*")
public class OpenDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The CSV's columns, in order, as the schema names them. */
    static final List<Column> COLUMNS = List.of(
            new Column("id", o -> Long.toString(o.id())),
            new Column("reference", IndexedOffer::reference),
            new Column("title", IndexedOffer::title),
            new Column("url", null),
            new Column("direction.code", IndexedOffer::directionCode),
            new Column("direction.name", IndexedOffer::directionName),
            new Column("service", IndexedOffer::serviceName),
            new Column("jobFamily.id", o -> Long.toString(o.jobFamilyId())),
            new Column("jobFamily.name", IndexedOffer::jobFamilyName),
            new Column("place.code", IndexedOffer::placeCode),
            new Column("place.name", IndexedOffer::placeName),
            new Column("place.postalCode", IndexedOffer::postalCode),
            new Column("start", o -> o.start().toString()),
            new Column("weeks", o -> Integer.toString(o.weeks())),
            new Column("weeklyHours", o -> Integer.toString(o.weeklyHours())),
            new Column("paid", o -> Boolean.toString(o.paid())),
            new Column("educationLevel.code", o -> o.educationLevel().name()),
            new Column("educationLevel.label", o -> OfferJson.level(o.educationLevel())),
            new Column("remotePossible", o -> Boolean.toString(o.remotePossible())),
            new Column("positions", o -> Integer.toString(o.positions())),
            new Column("applicationDeadline", o -> o.applicationDeadline().toString()),
            new Column("publishedAt", o -> o.publishedAt() == null ? null : OfferJson.timestamp(o.publishedAt())),
            new Column("excerpt", IndexedOffer::excerpt));

    record Column(String name, Function<IndexedOffer, String> value) {
    }

    @EJB
    Search search;

    @EJB
    Statistics statistics;

    private final java.util.Map<String, byte[]> schemas = new java.util.HashMap<>();

    @Override
    public void init() {
        for (String name : List.of("offres", "statistiques-mois", "statistiques-metiers")) {
            try (InputStream in = OpenDataServlet.class.getResourceAsStream(name + ".schema.json")) {
                schemas.put("/" + name + ".schema.json", in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo();
        String base = PublicAddress.base(request);
        switch (file) {
            case "/offres.csv" -> csv(search.online(), base, response);
            case "/offres.json" -> json(search.online(), base, response);
            case "/statistiques-mois.csv", "/statistiques-metiers.csv" -> statisticsCsv(file, response);
            default -> {
                byte[] schema = schemas.get(file);
                if (schema == null) {
                    new ApiProblem(404, "not_found", null, "notFound").send(response);
                    return;
                }
                response.setContentType("application/schema+json;charset=UTF-8");
                response.setContentLength(schema.length);
                response.getOutputStream().write(schema);
            }
        }
    }

    private static void csv(List<IndexedOffer> offers, String base, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8;header=present");
        response.setHeader("Content-Disposition", "inline; filename=\"offres.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(String.join(",", COLUMNS.stream().map(Column::name).toList()));
        out.write("\r\n");
        for (IndexedOffer offer : offers) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                Column column = COLUMNS.get(i);
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(column.value() == null ? PublicAddress.offer(base, offer.id())
                        : column.value().apply(offer)));
            }
            out.write("\r\n");
        }
        out.flush();
    }

    /** What a count of fewer than five people is written as in the statistics files (their schemas say so). */
    static final String MASKED = "<5";

    /**
     * The city's anonymous statistics, for the school year under way and the one before: month by month, or by
     * job family. Counts of people (applications) under five are masked; offers and places are not people.
     */
    private void statisticsCsv(String file, HttpServletResponse response) throws IOException {
        StatisticsPeriod current = StatisticsPeriod.schoolYearOf(CityTime.today());
        boolean months = file.equals("/statistiques-mois.csv");
        response.setContentType("text/csv;charset=UTF-8;header=present");
        response.setHeader("Content-Disposition", "inline; filename=\"" + file.substring(1) + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write(months ? "schoolYear,month,offers,places,applications,spontaneous\r\n"
                : "schoolYear,jobFamily.id,jobFamily.name,offers,places,applications,spontaneous\r\n");
        for (StatisticsPeriod year : List.of(current.yearBefore(), current)) {
            Dashboard city = statistics.city(year);
            String schoolYear = year.from().getYear() + "-" + year.to().getYear();
            for (Breakdown line : months ? city.months() : city.jobFamilies()) {
                String key = months ? line.key() : line.key() + "," + cell(line.name());
                out.write(schoolYear + "," + key + "," + line.offers() + "," + line.places() + ","
                        + people(line.applications()) + "," + people(line.spontaneous()) + "\r\n");
            }
        }
        out.flush();
    }

    private static String people(int count) {
        return count > 0 && count < 5 ? MASKED : Integer.toString(count);
    }

    /** A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break; nothing for null. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void json(List<IndexedOffer> offers, String base, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"offres.json\"");
        try (JsonGenerator json = OfferJson.generator(response.getOutputStream())) {
            json.writeStartObject();
            json.write("licence", "Licence Ouverte / Etalab 2.0");
            json.write("licenceUrl", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
            json.write("schema", base + "/api/v1/openapi.json#/components/schemas/Offer");
            json.write("count", offers.size());
            json.writeStartArray("offers");
            for (IndexedOffer offer : offers) {
                OfferJson.summary(json, offer, base);
            }
            json.writeEnd();
            json.writeEnd();
        }
    }
}
