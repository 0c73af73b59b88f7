package fr.stages.notifications.control;

import fr.stages.notifications.boundary.MailWriter;
import fr.stages.notifications.entity.MailKind;
import java.util.EnumMap;
import java.util.Map;

/** Which writer writes each kind of mail: one per kind, every kind written (checked once, at the first mail). */
public final class MailWriters {

    private MailWriters() {
    }

    /**
     * The writers by kind.
     *
     * @throws IllegalStateException when two writers claim a kind, or a kind has none: a mistake of the code, said
     *                               at once rather than found in the log of the first mail of that kind
     */
    public static Map<MailKind, MailWriter> byKind(Iterable<? extends MailWriter> writers) {
        Map<MailKind, MailWriter> byKind = new EnumMap<>(MailKind.class);
        for (MailWriter writer : writers) {
            for (MailKind kind : writer.kinds()) {
                MailWriter other = byKind.put(kind, writer);
                if (other != null) {
                    throw new IllegalStateException(kind + " written by " + name(other) + " and " + name(writer));
                }
            }
        }
        for (MailKind kind : MailKind.values()) {
            if (!byKind.containsKey(kind)) {
                throw new IllegalStateException("no writer for the mails " + kind);
            }
        }
        return byKind;
    }

    private static String name(MailWriter writer) {
        return writer.getClass().getSimpleName().replaceAll("\\$.*", ""); // a CDI proxy's class: the bean's
    }
}
