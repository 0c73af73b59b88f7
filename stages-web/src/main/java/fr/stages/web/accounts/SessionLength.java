package fr.stages.web.accounts;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * How long a back-office session lasts without a request: the domain's stages.session-minutes (server-config:
 * STAGES_SESSION_MINUTES), else the 30 minutes of web.xml. A city sets it to its security policy. And its cookie
 * is Secure when the platform's public address is https: behind a TLS proxy, Payara sees plain http and would
 * not add it. (SameSite: WEB-INF/glassfish-web.xml.)
 */
@WebListener
public class SessionLength implements ServletContextListener {

    static final int DEFAULT = 30;
    static final int SHORTEST = 5;
    static final int LONGEST = 480;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setSessionTimeout(minutes(System.getProperty("stages.session-minutes")));
        if (System.getProperty("stages.base-url", "").startsWith("https://")) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    /** The configured minutes, or the default when absent or out of bounds (server-config refuses those). */
    static int minutes(String configured) {
        try {
            int minutes = Integer.parseInt(configured == null ? "" : configured.strip());
            return minutes < SHORTEST || minutes > LONGEST ? DEFAULT : minutes;
        } catch (NumberFormatException e) {
            return DEFAULT;
        }
    }
}
