package org.mdmhub.mdm.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The server's used heap, from the Prometheus page of its management interface ({@code /metrics}: the sum of
 * {@code jvm_memory_used_bytes} over the heap pools). Before reading, a full GC is forced in the server's JVM with
 * {@code jcmd <pid> GC.run} when its pid is known (same machine, same user), so two readings compare what stays
 * live rather than where the young generation happened to be.
 */
final class ServerHeap {
    private static final String USED = "jvm_memory_used_bytes{";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI metrics;
    private final long serverPid;

    ServerHeap(String managementUrl, long serverPid) {
        this.metrics = URI.create(managementUrl + "/metrics");
        this.serverPid = serverPid;
    }

    boolean collectsFirst() {
        return serverPid > 0;
    }

    /** Bytes of heap in use, after a full GC when the pid is known. */
    long usedBytes() throws IOException, InterruptedException {
        if (serverPid > 0) {
            forceGc();
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + metrics + " answered " + response.statusCode());
        }
        double used = response.body().lines()
                .filter(line -> line.startsWith(USED) && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
        if (used <= 0) {
            throw new IllegalStateException(metrics + " exports no " + USED + "area=\"heap\",...} series");
        }
        return (long) used;
    }

    private void forceGc() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(serverPid), "GC.run")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + serverPid + " GC.run failed: " + output.strip());
        }
    }
}
