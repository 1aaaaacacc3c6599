// Drives one item through create, read, update and submit with a client generated from schemas/openapi.json
// (openapi-typescript types + openapi-fetch). Type errors fail at tsc; wrong answers fail here with exit code 1.
import createClient from "openapi-fetch";
import type { paths, components } from "./generated/api.js";

const base = process.env.MDM_BASE_URL!;
const token = process.env.MDM_TOKEN!;
const client = createClient<paths>({ baseUrl: base.replace(/\/$/, ""), headers: { Authorization: `Bearer ${token}` } });

function check(condition: unknown, message: string): asserts condition {
  if (!condition) {
    console.error("FAILED: " + message);
    process.exit(1);
  }
}

const number = "GEN-" + Math.floor(Math.random() * 1e9);
const draft: components["schemas"]["Item"] = {
  itemNumber: number, revision: "A", name: "Generated client bolt", type: "component", baseUnit: "C62",
};

const created = await client.POST("/api/v1/items", { body: draft, params: { header: { "Change-Reason": "generated client" } } });
check(created.response.status === 201, `create answered ${created.response.status}`);
check(created.data?.itemNumber === number, "the created item carries its number");
check(created.response.headers.get("Location")?.endsWith(created.data!.id!), "Location names the new item");
const id = created.data!.id!;

const read = await client.GET("/api/v1/items/{id}", { params: { path: { id } } });
check(read.response.status === 200 && read.data?.name === draft.name, `read answered ${read.response.status}`);
const etag = read.response.headers.get("ETag")!;
check(etag, "a read carries an ETag");

const updated = await client.PUT("/api/v1/items/{id}", {
  params: { path: { id }, header: { "If-Match": etag } },
  body: { ...draft, name: "Generated client bolt, zinc plated" },
});
check(updated.response.status === 200, `update answered ${updated.response.status}`);
check(updated.data?.name === "Generated client bolt, zinc plated", "the update is in the answer");

const stale = await client.PUT("/api/v1/items/{id}", { params: { path: { id }, header: { "If-Match": etag } }, body: draft });
check(stale.response.status === 412, `a stale If-Match answered ${stale.response.status}`);
check(stale.error?.type === "https://mdmhub.org/problems/precondition-failed", "the refusal is a typed problem");

const submitted = await client.POST("/api/v1/{collection}/{id}/submit", { params: { path: { collection: "items", id } } });
check(submitted.response.status === 200, `submit answered ${submitted.response.status}`);

const after = await client.GET("/api/v1/items/{id}", { params: { path: { id } } });
check(after.data?.state === "IN_REVIEW", `after submit the item is ${after.data?.state}`);
console.log(`OK ${id} created, read, updated, submitted`);
