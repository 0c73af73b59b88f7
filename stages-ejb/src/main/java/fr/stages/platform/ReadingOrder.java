package fr.stages.platform;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names in the order their reader expects: « Éducation » among the E for a French reader, not after
 * « Urbanisme » as the order of characters (and the databases' C collation) puts it.
 */
public final class ReadingOrder {

    private ReadingOrder() {
    }

    public static <T> List<T> sorted(Collection<T> values, Function<T, String> name, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return values.stream().sorted(Comparator.comparing(name, collator)).toList();
    }
}
