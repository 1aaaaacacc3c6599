/** {@code /inbound/batches}: batches from source systems, their status and per-record results (JSON, NDJSON, CSV). */
package org.mdmhub.mdm.inbound.api;
