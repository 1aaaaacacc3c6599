package org.mdmhub.mdm.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Names the fields that differ between two snapshots of a record type, descending into nested records
 * with dotted paths ({@code weight.unit}). Snapshots are the plain records a domain exposes, so the diff
 * never depends on how they are stored.
 */
public final class RecordDiff {
    private RecordDiff() {
    }

    public static List<String> changedFields(Record before, Record after) {
        List<String> changed = new ArrayList<>();
        collect("", before, after, after != null ? after.getClass() : before.getClass(), changed);
        return changed;
    }

    private static void collect(String prefix, Record before, Record after, Class<?> type, List<String> changed) {
        for (RecordComponent component : type.getRecordComponents()) {
            Object a = before == null ? null : read(component, before);
            Object b = after == null ? null : read(component, after);
            String path = prefix + component.getName();
            if (component.getType().isRecord() && (a != null || b != null)) {
                collect(path + ".", (Record) a, (Record) b, component.getType(), changed);
            } else if (!Objects.equals(a, b)) {
                changed.add(path);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
