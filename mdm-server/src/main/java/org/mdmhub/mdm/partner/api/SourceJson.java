package org.mdmhub.mdm.partner.api;

import org.mdmhub.mdm.golden.domain.SourceRef;

/** Where a record came from: system and key, in requests and responses. */
public record SourceJson(String system, String key) {
    static SourceJson of(SourceRef source) {
        return source == null ? null : new SourceJson(source.system(), source.key());
    }

    static SourceRef toSource(SourceJson json) {
        return json == null ? null : new SourceRef(json.system(), json.key());
    }
}
