package org.mdmhub.mdm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.audit.JsonDiff.Change;
import org.mdmhub.mdm.audit.JsonDiff.Change.Kind;

class JsonDiffTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void namesChangedAddedAndRemovedMembersWithDottedPaths() throws Exception {
        List<Change> changes = JsonDiff.between(
                json("{'name':'Bolt','weight':{'value':1.5,'unit':'KGM'},'gtin':'1'}"),
                json("{'name':'Bolt M6','weight':{'value':1.50,'unit':'GRM'},'category':'F'}"));
        assertEquals(List.of("name", "weight.unit", "gtin", "category"), changes.stream().map(Change::path).toList());
        assertEquals(List.of(Kind.CHANGED, Kind.CHANGED, Kind.REMOVED, Kind.ADDED), changes.stream().map(Change::kind).toList());
        assertEquals("Bolt", changes.get(0).before().asText());
    }

    @Test
    void matchesLinesByTheirIdNotTheirPosition() throws Exception {
        List<Change> changes = JsonDiff.between(
                json("{'lines':[{'id':'a','qty':1},{'id':'b','qty':2},{'id':'c','qty':3}]}"),
                json("{'lines':[{'id':'b','qty':2},{'id':'a','qty':5},{'id':'d','qty':4}]}"));
        assertEquals(List.of("lines[a].qty", "lines[c]", "lines[d]"), changes.stream().map(Change::path).toList());
        assertEquals(List.of(Kind.CHANGED, Kind.REMOVED, Kind.ADDED), changes.stream().map(Change::kind).toList());
    }

    @Test
    void comparesPlainArraysByPositionAndTreatsNullAsAbsent() throws Exception {
        assertEquals(List.of("tags[1]"), JsonDiff.changedPaths(json("{'tags':['x','y'],'note':null}"), json("{'tags':['x','z']}")));
        assertEquals(List.of(), JsonDiff.changedPaths(json("{'a':1}"), json("{'a':1.0,'b':null}")));
    }
}
