package org.mdmhub.mdm.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/** The operational endpoints: OpenAPI document, health probes, Prometheus metrics. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int MANAGEMENT_PORT = 9990 + Integer.getInteger("it.port.offset", 200);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI management(String path) {
        return URI.create("http://127.0.0.1:" + MANAGEMENT_PORT + path);
    }

    @Test
    void servesTheOpenApiDocumentOfTheItemApi() throws Exception {
        HttpResponse<String> reply = get(base.toURI().resolve("openapi?format=JSON"));
        assertEquals(200, reply.statusCode());
        assertTrue(reply.body().contains("/api/v1/items/{id}/history"), reply.body());
        assertTrue(reply.body().contains("openIdConnectUrl"), "documents the OpenID Connect scheme");
    }

    @Test
    void reportsLiveAndReadyWithTheDatabaseCheck() throws Exception {
        HttpResponse<String> live = get(management("/health/live"));
        assertEquals(200, live.statusCode(), live.body());
        HttpResponse<String> ready = get(management("/health/ready"));
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        HttpResponse<String> metrics = get(management("/metrics"));
        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text format");
    }
}
