package fr.stages.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read a record's components as properties (#{offer.title}), as Jakarta EL 6 will. Faster than a
 * method call (#{offer.title()}), which Jakarta EL 5 resolves by copying every method of the class on each
 * call: measured as the first cost of the search page under load.
 */
public class RecordResolver extends ELResolver {

    private static final Map<Class<?>, Map<String, MethodHandle>> ACCESSORS = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        MethodHandle accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (Throwable e) {
            throw new ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        MethodHandle accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + "." + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static MethodHandle accessor(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return null;
        }
        return ACCESSORS.computeIfAbsent(base.getClass(), RecordResolver::accessors).get(name);
    }

    private static Map<String, MethodHandle> accessors(Class<?> type) {
        Map<String, MethodHandle> accessors = new ConcurrentHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            try {
                accessors.put(component.getName(), MethodHandles.publicLookup().unreflect(component.getAccessor()));
            } catch (IllegalAccessException e) {
                // a record that is not public: its components stay unreadable, as with the standard resolvers
            }
        }
        return accessors;
    }
}
