package fr.stages.web.offers;

import fr.stages.search.entity.IndexedOffer;
import fr.stages.web.Texts;
import java.util.List;

/**
 * An offer as a result line shows it, every text already formatted in the reader's language: the page only
 * prints it (each formatting call from a page is costly under load; measured on the search page).
 */
public record Card(long id, String title, String direction, String place, String placeLang, String start,
                   String duration, String hours, String level, boolean paid, String paidLabel, boolean remote,
                   String excerpt, String published) {

    /** The cards of these offers, for that reader. */
    public static List<Card> of(List<IndexedOffer> offers, Texts texts, EnglishNames names) {
        String paid = texts.get("offer.paid");
        String unpaid = texts.get("offer.unpaid");
        return offers.stream().map(o -> new Card(o.id(), o.title(),
                o.serviceName() == null ? o.directionName() : o.directionName() + " – " + o.serviceName(),
                names.place(o.placeCode(), o.placeName(), texts.locale()), names.placeLang(o.placeCode(), texts.locale()),
                texts.date(o.start()), texts.duration(o.weeks()),
                texts.get("offer.weeklyHoursValue", o.weeklyHours()), texts.level(o.educationLevel()), o.paid(),
                o.paid() ? paid : unpaid, o.remotePossible(), o.excerpt(),
                texts.get("offer.publishedOn", texts.date(o.publishedAt())))).toList();
    }
}
