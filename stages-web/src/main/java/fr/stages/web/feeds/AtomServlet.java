package fr.stages.web.feeds;

import fr.stages.platform.CityTime;
import fr.stages.platform.Dates;
import fr.stages.search.boundary.Search;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.search.entity.SearchResult;
import fr.stages.search.entity.Sort;
import fr.stages.web.http.PublicAddress;
import fr.stages.web.Texts;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed of the newest offers of any search: it takes the search page's query string (keywords and
 * filters), so that a candidate follows "paid internships in gardens" in a feed reader. French, or English with
 * lang=en.
 */
@WebServlet("/offres.atom")
public class AtomServlet extends HttpServlet {

    private static final String NS = "http://www.w3.org/2005/Atom";

    @EJB
    Search search;

    @jakarta.inject.Inject
    fr.stages.web.offers.EnglishNames englishNames;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        OfferCriteria criteria = OfferCriteria.of(request.getParameterMap()).withSort(Sort.RECENT);
        SearchResult result = search.find(criteria);
        String base = PublicAddress.base(request);
        String query = criteria.queryString();
        String self = base + "/offres.atom" + (query.isEmpty() ? "" : "?" + query)
                + (locale == Locale.ENGLISH ? (query.isEmpty() ? "?" : "&") + "lang=en" : "");
        String alternate = base + "/" + (query.isEmpty() ? "" : "?" + query);
        LocalDateTime updated = result.offers().stream().map(IndexedOffer::publishedAt)
                .filter(java.util.Objects::nonNull).max(LocalDateTime::compareTo).orElse(CityTime.now());

        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        try {
            XMLStreamWriter xml = Xml.writer(response);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml:lang", locale.getLanguage());
            Xml.text(xml, "id", self);
            Xml.text(xml, "title", texts.getString("site.name") + (criteria.hasKeywords()
                    ? " – " + criteria.keywords() : ""));
            Xml.text(xml, "updated", atom(updated));
            link(xml, "self", self, "application/atom+xml");
            link(xml, "alternate", alternate, "text/html");
            Xml.element(xml, "author", () -> Xml.text(xml, "name", texts.getString("site.organisation")));
            for (IndexedOffer offer : result.offers()) {
                String url = PublicAddress.offer(base, offer.id());
                Xml.element(xml, "entry", () -> {
                    Xml.text(xml, "id", url);
                    Xml.text(xml, "title", offer.title());
                    Xml.text(xml, "updated", atom(offer.publishedAt() == null ? updated : offer.publishedAt()));
                    link(xml, "alternate", url, "text/html");
                    Xml.element(xml, "author", () -> Xml.text(xml, "name", offer.directionName()));
                    Xml.text(xml, "summary", summary(offer, texts, locale));
                });
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private String summary(IndexedOffer offer, ResourceBundle texts, Locale locale) {
        String start = Dates.longDate(offer.start(), locale);
        return String.join(" · ", offer.directionName(),
                englishNames.place(offer.placeCode(), offer.placeName(), locale),
                new MessageFormat(texts.getString("offer.startOn"), locale).format(new Object[] {start}),
                new MessageFormat(texts.getString("offer.weeklyHoursValue"), locale)
                        .format(new Object[] {offer.weeklyHours()}),
                texts.getString(offer.paid() ? "offer.paid" : "offer.unpaid")) + "\n\n" + offer.excerpt();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String atom(LocalDateTime time) {
        return time.atZone(CityTime.ZONE).toOffsetDateTime().withNano(0)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME); // seconds always, as RFC 3339 wants
    }
}
