package fr.stages.web.opendata;

import fr.stages.search.boundary.Search;
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
 * (/donnees/offres.schema.json), under the Licence Ouverte / Etalab 2.0. Made from the search index when asked and
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

    private byte[] schema;

    @Override
    public void init() {
        try (InputStream in = OpenDataServlet.class.getResourceAsStream("offres.schema.json")) {
            schema = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo();
        String base = PublicAddress.base(request);
        switch (file) {
            case "/offres.csv" -> csv(search.online(), base, response);
            case "/offres.json" -> json(search.online(), base, response);
            case "/offres.schema.json" -> {
                response.setContentType("application/schema+json;charset=UTF-8");
                response.setContentLength(schema.length);
                response.getOutputStream().write(schema);
            }
            default -> new ApiProblem(404, "not_found", null, "notFound").send(response);
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
