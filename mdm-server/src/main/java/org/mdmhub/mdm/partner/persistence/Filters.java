package org.mdmhub.mdm.partner.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.mdmhub.mdm.platform.paging.Page;
import org.mdmhub.mdm.platform.paging.PageRequest;

/** A JPQL where-clause built from the filters a caller set, and the page of results it selects. */
final class Filters {
    private final StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} with its one parameter, unless the filter is not set. */
    Filters add(String condition, String parameter, Object value) {
        if (value != null) {
            where.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    <T> Page<T> page(EntityManager em, Class<T> type, String alias, String orderBy, PageRequest page) {
        String from = " from " + type.getSimpleName() + " " + alias + where;
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
        TypedQuery<T> select = em.createQuery("select " + alias + from + " order by " + orderBy, type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<T> content = total <= page.offset() ? List.of()
                : select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(content, page, total);
    }

    static String startsWith(String text) {
        return text == null ? null : escapeLike(text) + "%";
    }

    static String containsIgnoringCase(String text) {
        return text == null ? null : "%" + escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
