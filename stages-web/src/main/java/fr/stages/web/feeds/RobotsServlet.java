package fr.stages.web.feeds;

import fr.stages.web.http.PublicAddress;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** robots.txt: the public site is open to crawlers, the staff area is not; the sitemap's absolute address. */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().write("User-agent: *\n"
                + "Disallow: /backoffice/\n"
                + "Disallow: /login.xhtml\n"
                + "Sitemap: " + PublicAddress.base(request) + "/sitemap.xml\n");
    }
}
