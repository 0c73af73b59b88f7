package fr.stages.web.offers;

import fr.stages.offers.entity.Offer;
import fr.stages.platform.CityTime;
import fr.stages.web.http.PublicAddress;
import fr.stages.web.Texts;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * An offer as schema.org JobPosting JSON-LD, so that search engines (and job search features) list it with its
 * dates, place and allowance.
 */
final class JobPosting {

    private JobPosting() {
    }

    static String of(Offer offer, Texts texts) {
        String base = PublicAddress.base();
        String street = offer.getAddress() != null ? offer.getAddress()
                : offer.getService() != null && offer.getService().getAddress() != null
                ? offer.getService().getAddress() : offer.getPlace().getName();
        JsonObjectBuilder posting = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "JobPosting")
                .add("title", offer.getTitle())
                .add("description", "<p>" + html(offer.getMissions()) + "</p><p>" + html(offer.getProfile()) + "</p>")
                .add("identifier", Json.createObjectBuilder().add("@type", "PropertyValue")
                        .add("name", texts.get("site.organisation")).add("value", offer.getReference()))
                .add("datePosted", offer.getPublishedAt().toLocalDate().toString())
                .add("validThrough", offer.getApplicationDeadline().atTime(23, 59, 59)
                        .atZone(CityTime.ZONE).toOffsetDateTime().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .add("employmentType", "INTERN")
                .add("hiringOrganization", Json.createObjectBuilder().add("@type", "GovernmentOrganization")
                        .add("name", texts.get("site.organisation")).add("sameAs", base + "/")
                        .add("department", Json.createObjectBuilder().add("@type", "GovernmentOrganization")
                                .add("name", offer.getDirection().getName())))
                .add("jobLocation", Json.createObjectBuilder().add("@type", "Place")
                        .add("address", Json.createObjectBuilder().add("@type", "PostalAddress")
                                .add("streetAddress", street)
                                .add("postalCode", offer.getPlace().getPostalCode())
                                .add("addressLocality", texts.get("site.city"))
                                .add("addressCountry", "FR")))
                .add("url", PublicAddress.offer(base, offer.getId()))
                .add("totalJobOpenings", offer.getPositions());
        if (offer.isPaid()) {
            posting.add("baseSalary", Json.createObjectBuilder().add("@type", "MonetaryAmount")
                    .add("currency", "EUR")
                    .add("value", Json.createObjectBuilder().add("@type", "QuantitativeValue")
                            .add("minValue", Offer.MINIMUM_HOURLY_GRATIFICATION).add("unitText", "HOUR")));
        }
        // "<" written as an escape: no text of the offer can close the script element that holds this
        return posting.build().toString().replace("<", "\\u003c");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
