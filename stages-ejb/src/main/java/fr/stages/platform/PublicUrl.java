package fr.stages.platform;

import java.util.Optional;

/**
 * The platform's public address as server-config declares it (system property stages.base-url), without a
 * trailing slash: absolute links in mails, feeds, sitemap and structured data are built on it.
 */
public final class PublicUrl {

    private PublicUrl() {
    }

    public static Optional<String> configured() {
        String value = System.getProperty("stages.base-url");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String url = value.strip();
        return Optional.of(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}
