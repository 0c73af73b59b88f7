package fr.stages.web.offers;

import fr.stages.directions.boundary.ReferenceData;
import fr.stages.directions.entity.ReferenceName;
import fr.stages.platform.PublicData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/**
 * The English names of the job families and places that search results and filters name in French (the index
 * keeps the French ones): read again whenever the offers online change (PublicData, as the kept pages are),
 * so that an offer of a new family or place is never shown with the French name in English.
 */
@ApplicationScoped
public class EnglishNames {

    @Inject
    ReferenceData referenceData;

    private record Names(long version, Map<String, String> byKey) {
    }

    private volatile Names names;

    /** A job family's name for that reader; the French one when none is known in their language. */
    public String jobFamily(String id, String french, Locale locale) {
        return name("family:" + id, french, locale);
    }

    /** A place's name (by its code) for that reader; the French one when none is known in their language. */
    public String place(String code, String french, Locale locale) {
        return name("place:" + code, french, locale);
    }

    /**
     * "fr" when that reader is shown the job family's French name on a page in another language (none known in
     * theirs), so that the page can mark it (lang="fr": read with a French voice); null otherwise.
     */
    public String jobFamilyLang(String id, Locale locale) {
        return lang("family:" + id, locale);
    }

    /** "fr" when that reader is shown the place's French name on a page in another language; null otherwise. */
    public String placeLang(String code, Locale locale) {
        return lang("place:" + code, locale);
    }

    private String name(String key, String french, Locale locale) {
        return "fr".equals(locale.getLanguage()) ? french : ReferenceName.of(french, current().get(key), locale);
    }

    private String lang(String key, Locale locale) {
        return "fr".equals(locale.getLanguage()) ? null : ReferenceName.langOf(current().get(key), locale);
    }

    private Map<String, String> current() {
        long version = PublicData.version();
        Names known = names;
        if (known == null || known.version() != version) {
            known = new Names(version, Map.copyOf(referenceData.englishNames()));
            names = known;
        }
        return known.byKey();
    }
}
