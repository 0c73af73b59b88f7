package fr.stages.web.opendata;

import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.CityTime;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.web.Texts;
import fr.stages.web.http.PublicAddress;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * An offer in the API's and the open data's words: the field names the OpenAPI document promises (openapi.json),
 * dates as ISO 8601, labels in French next to the codes that filter.
 */
final class OfferJson {

    private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());
    private static final ResourceBundle FRENCH = ResourceBundle.getBundle(Texts.BUNDLE, Locale.FRENCH);

    private OfferJson() {
    }

    static JsonGenerator generator(OutputStream out) {
        return FACTORY.createGenerator(out);
    }

    /** An offer of the search index: what a list shows. */
    static void summary(JsonGenerator json, IndexedOffer offer, String base) {
        json.writeStartObject();
        common(json, offer.id(), offer.reference(), offer.title(), base);
        json.write("excerpt", offer.excerpt());
        organisation(json, offer.directionCode(), offer.directionName(), offer.serviceName());
        facts(json, offer.jobFamilyId(), offer.jobFamilyName(), offer.placeCode(), offer.placeName(),
                offer.postalCode(), offer.start(), offer.weeks(), offer.weeklyHours(), offer.paid(),
                offer.educationLevel(), offer.remotePossible(), offer.positions(), offer.applicationDeadline(),
                offer.publishedAt());
        json.writeEnd();
    }

    /** One offer with its whole text. */
    static void detail(JsonGenerator json, Offer offer, String base) {
        json.writeStartObject();
        common(json, offer.getId(), offer.getReference(), offer.getTitle(), base);
        json.write("excerpt", IndexedOffer.excerpt(offer.getMissions()));
        organisation(json, offer.getDirection().getCode(), offer.getDirection().getName(),
                offer.getService() == null ? null : offer.getService().getName());
        facts(json, offer.getJobFamily().getId(), offer.getJobFamily().getName(), offer.getPlace().getCode(),
                offer.getPlace().getName(), offer.getPlace().getPostalCode(), offer.getPeriod().start(),
                offer.getPeriod().weeks(), offer.getWeeklyHours(), offer.isPaid(), offer.getEducationLevel(),
                offer.isRemotePossible(), offer.getPositions(), offer.getApplicationDeadline(),
                offer.getPublishedAt());
        json.write("missions", offer.getMissions());
        json.write("profile", offer.getProfile());
        nullable(json, "address", offer.getAddress());
        json.writeEnd();
    }

    private static void common(JsonGenerator json, long id, String reference, String title, String base) {
        json.write("id", id);
        json.write("reference", reference);
        json.write("title", title);
        json.write("url", PublicAddress.offer(base, id));
        json.write("applyUrl", base + "/offers/apply.xhtml?offres=" + id);
    }

    private static void organisation(JsonGenerator json, String code, String name, String service) {
        json.writeStartObject("direction").write("code", code).write("name", name).writeEnd();
        nullable(json, "service", service);
    }

    private static void facts(JsonGenerator json, long jobFamilyId, String jobFamily, String placeCode,
                              String place, String postalCode, LocalDate start, int weeks, int weeklyHours,
                              boolean paid, EducationLevel level, boolean remote, int positions, LocalDate deadline,
                              LocalDateTime publishedAt) {
        json.writeStartObject("jobFamily").write("id", jobFamilyId).write("name", jobFamily).writeEnd();
        json.writeStartObject("place").write("code", placeCode).write("name", place);
        nullable(json, "postalCode", postalCode);
        json.writeEnd();
        json.write("start", start.toString());
        json.write("weeks", weeks);
        json.write("weeklyHours", weeklyHours);
        json.write("paid", paid);
        json.writeStartObject("educationLevel").write("code", level.name()).write("label", level(level)).writeEnd();
        json.write("remotePossible", remote);
        json.write("positions", positions);
        json.write("applicationDeadline", deadline.toString());
        nullable(json, "publishedAt", publishedAt == null ? null : timestamp(publishedAt));
    }

    static String level(EducationLevel level) {
        return FRENCH.getString("educationLevel." + level.name());
    }

    /** A moment of the city's clock with its offset, to the second (RFC 3339). */
    static String timestamp(LocalDateTime time) {
        return time.atZone(CityTime.ZONE).toOffsetDateTime().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void nullable(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
