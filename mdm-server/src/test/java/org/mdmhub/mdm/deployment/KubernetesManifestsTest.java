package org.mdmhub.mdm.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes is valid Kubernetes (built-in kinds against the API types, custom resources against their
 * schemas, see {@link ManifestValidator}), the validation refuses broken manifests, and the hub's resources say
 * what docs/operations.md and deploy/kubernetes/README.md promise: probes, disruption budget, anti-affinity,
 * autoscaling, secrets only from Secrets, migrations only in the Job.
 */
class KubernetesManifestsTest {
    private static final Path ROOT = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize()
            .resolve("deploy/kubernetes");
    private static final ObjectMapper YAML = new YAMLMapper();

    @Test
    void everyManifestIsValid() throws IOException {
        List<Path> files = manifests();
        assertTrue(files.size() >= 10, "the manifests were found under " + ROOT + ": " + files);
        List<String> violations = files.stream().flatMap(f -> ManifestValidator.violations(f).stream()).toList();
        assertEquals(List.of(), violations);
    }

    @Test
    void everyManifestIsPartOfAKustomization() throws IOException {
        List<String> named = new ArrayList<>();
        for (Path file : manifests()) {
            JsonNode doc = YAML.readTree(file.toFile());
            if (doc != null && "Kustomization Component".contains(doc.path("kind").asText("-"))) {
                doc.path("resources").forEach(r -> named.add(file.getParent().resolve(r.asText()).normalize().toString()));
            }
        }
        for (Path file : manifests()) {
            if (!file.getFileName().toString().equals("kustomization.yaml")) {
                assertTrue(named.contains(file.toString()), file + " is listed in its kustomization.yaml");
            }
        }
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        ObjectNode deployment = document("base/hub-deployment.yaml", 0);
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.remove("readinessProbe")); // a typo kubectl --validate=strict refuses
        assertViolation(deployment, "spec.template.spec.containers[0].readinesProbe: unknown field");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() throws IOException {
        ObjectNode deployment = document("base/hub-deployment.yaml", 0);
        ((ObjectNode) deployment.get("spec")).put("replicas", "three");
        assertViolation(deployment, "spec.replicas: Cannot deserialize");
    }

    @Test
    void aKindTheApiDoesNotHaveIsRefused() throws IOException {
        ObjectNode pdb = document("base/hub-pdb.yaml", 0);
        pdb.put("apiVersion", "policy/v1beta2");
        assertViolation(pdb, "no such kind");
    }

    @Test
    void aBrokenCustomResourceIsRefused() throws IOException {
        ObjectNode cluster = document("base/postgres-cluster.yaml", 0);
        ObjectNode spec = (ObjectNode) cluster.get("spec");
        spec.set("instance", spec.remove("instances")); // unknown field, and the required one missing
        assertViolation(cluster, "instance");
        ObjectNode keycloak = document("base/keycloak.yaml", 0);
        ((ObjectNode) keycloak.at("/spec/db")).put("vendor", "postgresql"); // not one of the operator's vendors
        assertViolation(keycloak, "vendor");
        ObjectNode backup = document("base/postgres-backup.yaml", 0);
        ((ObjectNode) backup.get("spec")).remove("cluster");
        assertViolation(backup, "cluster");
    }

    @Test
    void aKustomizationNamingAMissingFileIsRefused() throws IOException {
        ObjectNode kustomization = document("base/kustomization.yaml", 0);
        kustomization.withArray("resources").add("hub-ingress.yaml");
        assertViolation(kustomization, "hub-ingress.yaml, which does not exist");
    }

    @Test
    void hubPodsAreProbedOnTheManagementHealthEndpoints() throws IOException {
        Container hub = hubContainer();
        int management = hub.getPorts().stream().filter(p -> "management".equals(p.getName())).findFirst()
                .orElseThrow().getContainerPort();
        assertEquals(9990, management);
        assertEquals("/health/ready", hub.getReadinessProbe().getHttpGet().getPath());
        assertEquals("management", hub.getReadinessProbe().getHttpGet().getPort().getStrVal());
        assertEquals("/health/live", hub.getLivenessProbe().getHttpGet().getPath());
        assertEquals("management", hub.getLivenessProbe().getHttpGet().getPort().getStrVal());
    }

    @Test
    void hubPodsAreSizedSpreadBudgetedAndAutoscaled() throws IOException {
        Deployment deployment = model("base/hub-deployment.yaml", 0, Deployment.class);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container hub = pod.getContainers().get(0);
        assertFalse(hub.getResources().getRequests().isEmpty(), "requests set");
        assertTrue(hub.getResources().getLimits().containsKey("memory"), "memory limit set");
        assertTrue(deployment.getSpec().getReplicas() >= 2, "several replicas");
        assertEquals("kubernetes.io/hostname", pod.getAffinity().getPodAntiAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution().get(0).getTopologyKey(), "one hub pod per node");
        assertTrue(pod.getSecurityContext().getRunAsNonRoot());

        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        PodDisruptionBudget pdb = model("base/hub-pdb.yaml", 0, PodDisruptionBudget.class);
        assertTrue(labels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()),
                "the budget covers the hub pods");
        HorizontalPodAutoscaler hpa = model("base/hub-hpa.yaml", 0, HorizontalPodAutoscaler.class);
        assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2);
    }

    @Test
    void servingPodsNeverMigrateAndOnlyTheJobHasTheOwnerRole() throws IOException {
        Map<String, String> config = configMap();
        assertEquals("false", config.get("MDM_DB_MIGRATE"), "pods serve without migrating");
        Container hub = hubContainer();
        assertTrue(env(hub).stream().noneMatch(e -> e.getName().startsWith("MDM_DB_OWNER")), "pods have no owner role");

        Job job = model("base/hub-migrate-job.yaml", 0, Job.class);
        Container migrate = job.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(List.of("migrate"), migrate.getArgs());
        assertEquals(Optional.of("true"), env(migrate).stream().filter(e -> e.getName().equals("MDM_DB_MIGRATE"))
                .map(EnvVar::getValue).findFirst());
        assertTrue(env(migrate).stream().anyMatch(e -> e.getName().equals("MDM_DB_OWNER_PASSWORD")
                && e.getValueFrom().getSecretKeyRef() != null));
        assertEquals(hub.getImage(), migrate.getImage(), "the Job migrates with the release it precedes");
    }

    @Test
    void secretsComeOnlyFromSecrets() throws IOException {
        for (Path file : manifests()) {
            for (JsonNode doc : documents(file)) {
                assertFalse("Secret".equals(doc.path("kind").asText()), file + " commits a Secret");
            }
        }
        for (Container container : List.of(hubContainer(), model("base/hub-migrate-job.yaml", 0, Job.class)
                .getSpec().getTemplate().getSpec().getContainers().get(0))) {
            for (EnvVar e : env(container)) {
                if (e.getName().matches(".*(PASSWORD|SECRET|_KEY)$")) {
                    assertTrue(e.getValue() == null && e.getValueFrom().getSecretKeyRef() != null,
                            e.getName() + " comes from a Secret");
                }
            }
        }
        assertTrue(configMap().keySet().stream().noneMatch(k -> k.matches(".*(PASSWORD|SECRET|_KEY)$")),
                "no secret in the ConfigMap");
    }

    private static void assertViolation(JsonNode document, String expected) {
        List<String> violations = ManifestValidator.violations("broken", document, ROOT.resolve("base"));
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
                "expected a violation naming '" + expected + "', got " + violations);
    }

    private static Container hubContainer() throws IOException {
        return model("base/hub-deployment.yaml", 0, Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static List<EnvVar> env(Container container) {
        return container.getEnv() == null ? List.of() : container.getEnv();
    }

    private static Map<String, String> configMap() throws IOException {
        return YAML.convertValue(document("base/hub-config.yaml", 0).get("data"),
                YAML.getTypeFactory().constructMapType(Map.class, String.class, String.class));
    }

    private static <T> T model(String file, int index, Class<T> type) throws IOException {
        return YAML.treeToValue(document(file, index), type);
    }

    private static ObjectNode document(String file, int index) throws IOException {
        return (ObjectNode) documents(ROOT.resolve(file)).get(index);
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        return YAML.readValues(new YAMLFactory().createParser(file.toFile()), JsonNode.class).readAll().stream()
                .filter(d -> d != null && !d.isNull() && !d.isMissingNode()).collect(Collectors.toList());
    }

    private static List<Path> manifests() throws IOException {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
