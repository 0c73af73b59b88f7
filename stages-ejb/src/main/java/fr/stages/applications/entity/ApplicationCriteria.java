package fr.stages.applications.entity;

import fr.stages.offers.entity.EducationLevel;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What an agent filters an offer's applications by: a status (or every pending one), an education level, words
 * of the candidate's name, address, school or course, a first day of arrival; and the order. Each part optional.
 */
public record ApplicationCriteria(ApplicationStatus status, boolean pendingOnly, EducationLevel level,
                                  String keywords, LocalDate receivedSince, Order order, boolean ascending) {

    /** The columns a list may be sorted by. */
    public enum Order {
        RECEIVED("a.receivedAt"), NAME("a.candidate.lastName"), LEVEL("a.candidate.educationLevel"),
        STATUS("a.status"), ACTIVITY("a.statusChangedAt");

        final String path;

        Order(String path) {
            this.path = path;
        }
    }

    public ApplicationCriteria {
        keywords = keywords == null || keywords.isBlank() ? null : keywords.strip().toLowerCase(Locale.ROOT);
        order = order == null ? Order.RECEIVED : order;
    }

    /** The same filter, narrowed to the applications still awaiting an answer (what a bulk rejection takes). */
    public ApplicationCriteria pending() {
        return new ApplicationCriteria(status, true, level, keywords, receivedSince, order, ascending);
    }

    /** Whether it leaves some applications out (whatever the order). */
    public boolean narrows() {
        return status != null || pendingOnly || level != null || keywords != null || receivedSince != null;
    }

    public static ApplicationCriteria all() {
        return new ApplicationCriteria(null, false, null, null, null, Order.RECEIVED, false);
    }

    /** The JPQL conditions on "a" (the offer's own is the caller's), each with its named parameter. */
    public String where() {
        StringBuilder where = new StringBuilder();
        if (status != null) {
            where.append(" and a.status = :status");
        }
        if (pendingOnly) {
            where.append(" and a.status in :pending");
        }
        if (level != null) {
            where.append(" and a.candidate.educationLevel = :level");
        }
        if (keywords != null) {
            where.append(" and (lower(a.candidate.lastName) like :words or lower(a.candidate.firstName) like :words"
                    + " or lower(a.candidate.email) like :words or lower(a.candidate.school) like :words"
                    + " or lower(a.candidate.course) like :words or lower(a.reference) like :words)");
        }
        if (receivedSince != null) {
            where.append(" and a.receivedAt >= :since");
        }
        return where.toString();
    }

    public String orderBy() {
        String direction = ascending ? " asc" : " desc";
        return " order by " + order.path + direction + ", a.id" + direction;
    }

    /** The words as a LIKE pattern, its wildcards taken literally. */
    public String pattern() {
        return "%" + keywords.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
