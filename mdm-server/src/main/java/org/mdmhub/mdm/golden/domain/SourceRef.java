package org.mdmhub.mdm.golden.domain;

/** Where a golden record came from: the originating system and its key there (e.g. a PLM part number). */
public record SourceRef(String system, String key) {
}
