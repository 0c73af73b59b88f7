package fr.stages.web.opendata;

import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.GoneException;
import fr.stages.platform.NotFoundException;
import fr.stages.search.boundary.Search;
import fr.stages.search.entity.FacetValue;
import fr.stages.search.entity.Filter;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.search.entity.OfferSlice;
import fr.stages.web.Texts;
import fr.stages.web.http.PublicAddress;
import jakarta.ejb.EJB;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The public API, version 1: GET /api/v1/offers (the search), /api/v1/offers/{id} (one offer, 410 once it left
 * the site) and /api/v1/openapi.json (what the API promises). A plain servlet over the search index: the
 * calibration measured a Jakarta REST resource at half a servlet's rate (STACK-NOTES), and a repeated request is
 * answered from the public page cache, which also gives the ETag and the 304.
 */
@WebServlet("/api/v1/*")
public class OffersApi extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ONE = Pattern.compile("/offers/([0-9]{1,18})");
    private static final ResourceBundle FRENCH = ResourceBundle.getBundle(Texts.BUNDLE, Locale.FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    @EJB
    Search search;

    @EJB
    Offers offers;

    private byte[] openApi;

    @Override
    public void init() {
        try (InputStream in = OffersApi.class.getResourceAsStream("openapi.json")) {
            openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            if (path.equals("/offers")) {
                list(request, response);
            } else if (ONE.matcher(path).matches()) {
                one(Long.parseLong(path.substring("/offers/".length())), request, response);
            } else if (path.equals("/openapi.json")) {
                response.setContentType("application/json;charset=UTF-8");
                response.setContentLength(openApi.length);
                response.getOutputStream().write(openApi);
            } else {
                throw new ApiProblem(404, "not_found", null, "notFound");
            }
        } catch (ApiProblem problem) {
            problem.send(response);
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiRequest asked = ApiRequest.of(request.getParameterMap());
        OfferSlice slice = search.slice(asked.criteria(), asked.cursor(), asked.limit());
        String base = PublicAddress.base(request);
        response.setContentType("application/json;charset=UTF-8");
        try (JsonGenerator json = OfferJson.generator(response.getOutputStream())) {
            json.writeStartObject();
            json.write("total", slice.total());
            json.write("limit", asked.limit());
            json.writeStartArray("offers");
            for (IndexedOffer offer : slice.offers()) {
                OfferJson.summary(json, offer, base);
            }
            json.writeEnd();
            if (slice.next() == null) {
                json.writeNull("next");
            } else {
                json.writeStartObject("next")
                        .write("cursor", slice.next().encode())
                        .write("url", base + "/api/v1/offers?" + asked.next(slice.next()))
                        .writeEnd();
            }
            facets(json, slice.facets());
            json.writeEnd();
        }
    }

    private static void facets(JsonGenerator json, Map<Filter, List<FacetValue>> facets) {
        json.writeStartObject("facets");
        for (Filter filter : Filter.values()) {
            json.writeStartArray(filter.parameter());
            for (FacetValue value : facets.getOrDefault(filter, List.of())) {
                json.writeStartObject()
                        .write("value", value.value())
                        .write("label", label(filter, value))
                        .write("count", value.count())
                        .write("selected", value.selected())
                        .writeEnd();
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    /** The French name of a filter's value: reference data's own, the bundle's for the others. */
    private static String label(Filter filter, FacetValue value) {
        return switch (filter) {
            case DIRECTION, JOB_FAMILY, PLACE -> value.label() == null ? value.value() : value.label();
            case START -> MONTH.format(YearMonth.parse(value.value()));
            case LEVEL -> OfferJson.level(fr.stages.offers.entity.EducationLevel.valueOf(value.value()));
            default -> FRENCH.getString("search.value." + filter.parameter() + "." + value.value());
        };
    }

    private void one(long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getParameterMap().isEmpty()) {
            String name = request.getParameterMap().keySet().iterator().next();
            throw ApiProblem.parameter(name, "unknown");
        }
        Offer offer;
        try {
            offer = offers.published(id);
        } catch (GoneException e) { // a NotFoundException too: first
            throw new ApiProblem(410, "gone", null, "offerGone", Long.toString(id));
        } catch (NotFoundException e) {
            throw new ApiProblem(404, "not_found", null, "offerNotFound", Long.toString(id));
        }
        response.setContentType("application/json;charset=UTF-8");
        try (JsonGenerator json = OfferJson.generator(response.getOutputStream())) {
            OfferJson.detail(json, offer, PublicAddress.base(request));
        }
    }
}
