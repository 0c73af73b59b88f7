package fr.stages.web.feeds;

import fr.stages.search.boundary.Search;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.web.http.PublicAddress;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** sitemap.xml: the home page, the public information pages and every offer online. */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final List<String> PAGES = List.of("/", "/accessibilite.xhtml", "/mentions-legales.xhtml",
            "/donnees-personnelles.xhtml");

    @EJB
    Search search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = PublicAddress.base(request);
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        try {
            XMLStreamWriter xml = Xml.writer(response);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (String page : PAGES) {
                Xml.element(xml, "url", () -> Xml.text(xml, "loc", base + page));
            }
            for (IndexedOffer offer : search.online()) {
                Xml.element(xml, "url", () -> {
                    Xml.text(xml, "loc", PublicAddress.offer(base, offer.id()));
                    if (offer.publishedAt() != null) {
                        Xml.text(xml, "lastmod", offer.publishedAt().toLocalDate().toString());
                    }
                });
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
