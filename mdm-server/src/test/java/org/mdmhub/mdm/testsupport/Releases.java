package org.mdmhub.mdm.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Drives records through approval in integration tests: one change request, every open task approved by its group's user. */
public final class Releases {
    private static final Map<String, String> APPROVER = Map.of(
            "mdm-approver-engineering", "engineer", "mdm-approver-quality", "quality",
            "mdm-approver-procurement", "buyer", "mdm-approver-finance", "finance", "mdm-approver-sales", "sales");

    private Releases() {
    }

    /** Creates an item draft as the steward and returns its id. */
    public static String draftItem(Api api, String number, String name) {
        Api.Reply created = api.post("api/v1/items").as("steward").json(Items.body(number, name)).send();
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asText();
    }

    /**
     * {@code count} item drafts numbered {@code prefix-…}, created by four clients at once (setup, not under test);
     * their ids in the order asked for.
     */
    public static List<String> draftItems(Api api, int count, String prefix, String name) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> drafts = clients.invokeAll(IntStream.range(0, count)
                    .mapToObj(i -> (Callable<String>) () ->
                            draftItem(api, Items.newNumber(prefix), name + " " + i))
                    .toList());
            List<String> ids = new ArrayList<>(count);
            for (Future<String> draft : drafts) {
                ids.add(draft.get());
            }
            return ids;
        } finally {
            clients.shutdownNow();
        }
    }

    /** Puts these drafts of one type into one change request, submits it and returns its id (now IN_REVIEW). */
    public static String submit(Api api, String type, List<String> ids) {
        Api.Reply cr = api.post("api/v1/change-requests").as("steward").json("{\"title\":\"release " + ids.size() + " " + type
                + "\",\"records\":[" + ids.stream().map(id -> "{\"type\":\"" + type + "\",\"id\":\"" + id + "\"}")
                .collect(Collectors.joining(",")) + "]}").send();
        assertEquals(201, cr.status(), cr.toString());
        String crId = cr.json().get("id").asText();
        Api.Reply submitted = api.post("api/v1/change-requests/" + crId + "/submit").as("steward").send();
        assertEquals(200, submitted.status(), submitted.toString());
        return crId;
    }

    /** Approves every open task of a change request until it is released. */
    public static void approve(Api api, String changeRequestId) {
        for (int round = 0; round < 10; round++) {
            JsonNode cr = api.get("api/v1/change-requests/" + changeRequestId).as("viewer").send().json();
            if ("RELEASED".equals(cr.get("status").asText())) {
                return;
            }
            approveOpenTasks(api, cr);
        }
        throw new AssertionError("change request " + changeRequestId + " was not released");
    }

    /**
     * Approves the tasks open now, each by its group's user, and returns without waiting for the release (a change
     * request with a {@code releaseAt} stays APPROVED until its timer fires).
     */
    public static void approveOpenTasks(Api api, String changeRequestId) {
        approveOpenTasks(api, api.get("api/v1/change-requests/" + changeRequestId).as("viewer").send().json());
    }

    private static void approveOpenTasks(Api api, JsonNode changeRequest) {
        for (JsonNode task : changeRequest.get("openTasks")) {
            String user = APPROVER.get(task.get("group").asText());
            Api.Reply approved = api.post("api/v1/tasks/" + task.get("id").asText() + "/approve").as(user).json("{}").send();
            assertEquals(204, approved.status(), approved.toString());
        }
    }

    /** Submits and approves: the drafts are RELEASED when this returns. */
    public static void release(Api api, String type, List<String> ids) {
        approve(api, submit(api, type, ids));
    }

    /** Rejects every open task of a change request (comment required). */
    public static void reject(Api api, String changeRequestId) {
        JsonNode cr = api.get("api/v1/change-requests/" + changeRequestId).as("viewer").send().json();
        JsonNode task = cr.get("openTasks").get(0);
        Api.Reply rejected = api.post("api/v1/tasks/" + task.get("id").asText() + "/reject")
                .as(APPROVER.get(task.get("group").asText())).json("{\"comment\":\"not like this\"}").send();
        assertEquals(204, rejected.status(), rejected.toString());
    }
}
