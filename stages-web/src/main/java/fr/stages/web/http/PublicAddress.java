package fr.stages.web.http;

import fr.stages.platform.PublicUrl;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Absolute links to the platform (sitemap, feeds, structured data), built on the address server-config declares
 * (stages.base-url), as mails do: behind a proxy, the request's own host is not the public one.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    /** The public address, without a trailing slash; the request's own when none is configured. */
    public static String base(HttpServletRequest request) {
        return PublicUrl.of(request);
    }

    public static String base() {
        return base((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public static String offer(String base, long id) {
        return base + "/offers/offer.xhtml?id=" + id;
    }
}
