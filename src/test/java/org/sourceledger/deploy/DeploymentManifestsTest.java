package org.sourceledger.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.quarkus.agroal.runtime.DataSourcesJdbcRuntimeConfig;
import io.quarkus.datasource.runtime.DataSourcesRuntimeConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.restassured.path.json.JsonPath;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappingInterface;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SysPropConfigSource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.support.Database;
import org.sourceledger.support.EmbeddedPostgresResource;

/**
 * The deployment files (deploy/kubernetes, deploy/compose.yaml, src/main/docker/Dockerfile.jvm) agree with the code:
 * probes hit endpoints the running service serves, every environment variable is one the service reads, and the
 * resources reference each other (Service, HPA, PDB, Pooler, Cluster, Secrets) by the right names. The Kubernetes
 * files are read as typed fabric8 model objects, and a field the model does not know (a typo) fails too.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DeploymentManifestsTest {

    static final Path KUBERNETES = Path.of("deploy/kubernetes");
    static final Path OPTIONAL = KUBERNETES.resolve("optional");
    static final Path KAFKA_CONNECTOR = OPTIONAL.resolve("kafka-outbox-connector.yaml");
    static final Path COMPOSE = Path.of("deploy/compose.yaml");
    static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

    static final String LIVE = "/q/health/live";
    static final String READY = "/q/health/ready";
    static final String STARTED = "/q/health/started";

    /** CloudNativePG resources: custom resources, so fabric8 returns them as GenericKubernetesResource. */
    static final String CNPG_API = "postgresql.cnpg.io/v1";

    static final Set<String> CNPG_KINDS = Set.of("Cluster", "Pooler", "ScheduledBackup");

    /** Must come from a Secret, never from a ConfigMap or a literal value. */
    static final Set<String> SECRET_SETTINGS = Set.of(
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "SOURCELEDGER_IDENTITY_KEY",
            "SOURCELEDGER_BOOTSTRAP_ADMIN_KEY");
    /** Without these the service does not start in prod (docs/operations.md, Environment variables). */
    static final Set<String> REQUIRED_SETTINGS = Set.of(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD",
            "SOURCELEDGER_IDENTITY_KEY");

    /** Connections kept free on the server for the operator, monitoring, the pooler's auth_query and an admin. */
    static final int SERVER_CONNECTION_HEADROOM = 10;

    static final int DEFAULT_SUPERUSER_RESERVED_CONNECTIONS = 3;

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Manifest(Path file, HasMetadata resource) {}

    static List<Manifest> manifests;

    @BeforeAll
    static void load() {
        manifests = loadKubernetesManifests();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Loading
    // ---------------------------------------------------------------------------------------------------------

    /**
     * Every file in deploy/kubernetes, each document as a typed object (custom resources as generic ones). Its one
     * subdirectory, optional/, holds add-ons that are not applied with the rest (checked on their own below).
     */
    static List<Manifest> loadKubernetesManifests() {
        return loadManifests(KUBERNETES);
    }

    static List<Manifest> loadManifests(Path directory) {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.sorted()
                    .filter(path -> !(Files.isDirectory(path) && path.equals(OPTIONAL)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(files.isEmpty(), "no files in " + directory);
        List<Manifest> loaded = new ArrayList<>();
        for (Path file : files) {
            assertTrue(
                    file.getFileName().toString().matches(".+\\.ya?ml"),
                    file + ": only Kubernetes manifests (.yaml) belong in " + directory);
            Object parsed;
            try (InputStream in = Files.newInputStream(file)) {
                parsed = SERIALIZATION.unmarshal(in);
            } catch (IOException | RuntimeException e) {
                throw new AssertionError(file + " is not a valid Kubernetes manifest: " + e.getMessage(), e);
            }
            List<?> documents = parsed instanceof KubernetesList list
                    ? list.getItems()
                    : parsed instanceof List<?> list ? list : List.of(parsed);
            assertFalse(documents.isEmpty(), file + " holds no resource");
            for (Object document : documents) {
                if (!(document instanceof HasMetadata resource)) {
                    throw new AssertionError(file + " holds something that is not a Kubernetes resource: " + document);
                }
                loaded.add(new Manifest(file, resource));
            }
        }
        return loaded;
    }

    static <T extends HasMetadata> List<T> all(Class<T> type) {
        return manifests.stream()
                .map(Manifest::resource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    static <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = all(type);
        assertEquals(1, found.size(), "expected exactly one " + type.getSimpleName() + " in " + KUBERNETES);
        return found.get(0);
    }

    static GenericKubernetesResource cnpg(String kind) {
        List<GenericKubernetesResource> found = all(GenericKubernetesResource.class).stream()
                .filter(resource -> kind.equals(resource.getKind()))
                .toList();
        assertEquals(1, found.size(), "expected exactly one CloudNativePG " + kind + " in " + KUBERNETES);
        return found.get(0);
    }

    static <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream()
                .filter(resource -> name.equals(resource.getMetadata().getName()))
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    static <T> T field(GenericKubernetesResource resource, String path) {
        Object value = resource.getAdditionalProperties();
        for (String key : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError(
                        resource.getKind() + " " + resource.getMetadata().getName() + " has no " + path);
            }
            value = map.get(key);
        }
        return (T) value;
    }

    static int intField(GenericKubernetesResource resource, String path) {
        Object value = field(resource, path);
        return value instanceof Number number
                ? number.intValue()
                : Integer.parseInt(value.toString().strip());
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the service reads: configuration property names and their environment-variable form
    // ---------------------------------------------------------------------------------------------------------

    /** SmallRye Config's rule: every character that is not a letter or a digit becomes _, then upper case. */
    static String environmentName(String property) {
        StringBuilder env = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            env.append(c < 128 && Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return env.toString();
    }

    /** The names in {@code environment} that are the environment-variable form of none of {@code properties}. */
    static Set<String> unknownEnvironmentNames(Collection<String> environment, Collection<String> properties) {
        Set<String> known = properties.stream()
                .map(DeploymentManifestsTest::environmentName)
                .collect(Collectors.toSet());
        return environment.stream()
                .filter(name -> !known.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The configuration roots, besides sourceledger.*, that the deployment files configure. */
    static final List<Class<?>> QUARKUS_ROOTS = List.of(
            VertxHttpConfig.class, // quarkus.http.* (port, proxy.*)
            DataSourcesRuntimeConfig.class, // quarkus.datasource.username / password
            DataSourcesJdbcRuntimeConfig.class); // quarkus.datasource.jdbc.url / max-size

    static Map<String, ConfigMappingInterface.Property> mappedProperties(Class<?> root) {
        ConfigMapping mapping = root.getAnnotation(ConfigMapping.class);
        assertNotNull(mapping, root + " is not a @ConfigMapping");
        return ConfigMappings.getProperties(ConfigMappings.ConfigClass.configClass(root, mapping.prefix()));
    }

    /**
     * Every property the service reads, by exact name: the names its configuration sources define (except the
     * process environment and system properties, which are what is being checked, not evidence), and every
     * property of SourceLedgerConfig and of the Quarkus roots above as SmallRye maps them (with defaults or not).
     * Map entries ({@code *}) are left out: a variable that only matches one, such as a named datasource, would
     * be read by nothing here.
     */
    static Set<String> propertiesTheServiceReads() {
        Set<String> names = new TreeSet<>();
        for (ConfigSource source : ConfigProvider.getConfig().getConfigSources()) {
            if (source instanceof EnvConfigSource || source instanceof SysPropConfigSource) {
                continue;
            }
            for (String name : source.getPropertyNames()) {
                names.add(name.startsWith("%") && name.indexOf('.') > 0 ? name.substring(name.indexOf('.') + 1) : name);
            }
        }
        names.addAll(mappedProperties(SourceLedgerConfig.class).keySet());
        for (Class<?> root : QUARKUS_ROOTS) {
            names.addAll(mappedProperties(root).keySet());
        }
        names.removeIf(name -> name.contains("*"));
        return names;
    }

    @Test
    void theEnvironmentNameCheckCatchesAMisspeltVariable() {
        Set<String> known = propertiesTheServiceReads();
        assertEquals("SOURCELEDGER_CLAIM_REVIEW_BASE_URL", environmentName("sourceledger.claim-review.base-url"));
        assertEquals(
                "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING",
                environmentName("quarkus.http.proxy.proxy-address-forwarding"));
        // Every sourceledger.* setting, those without a default included, and the Quarkus ones the files use.
        assertEquals(
                Set.of(),
                unknownEnvironmentNames(
                        List.of(
                                "SOURCELEDGER_IDENTITY_KEY",
                                "SOURCELEDGER_BOOTSTRAP_ADMIN_KEY",
                                "SOURCELEDGER_PUBLISHER_NAME",
                                "SOURCELEDGER_IDEMPOTENCY_RETENTION",
                                "QUARKUS_DATASOURCE_JDBC_URL",
                                "QUARKUS_DATASOURCE_USERNAME",
                                "QUARKUS_DATASOURCE_PASSWORD",
                                "QUARKUS_DATASOURCE_JDBC_MAX_SIZE",
                                "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES",
                                "QUARKUS_HTTP_PORT"),
                        known));
        // Misspelt, wrongly separated, or not a setting at all: each is reported.
        List<String> wrong = List.of(
                "SOURCELEDGER_IDENTITYKEY",
                "SOURCELEDGER_IDENTITY_KEYS",
                "SOURCELEDGER__IDENTITY_KEY",
                "sourceledger_identity_key",
                "SOURCELEDGER_PUBLISHER",
                "QUARKUS_DATASOURCE_JDBC_MAXSIZE",
                "QUARKUS_HTTP_PROXY_TRUSTED_PROXY",
                "QUARKUS_DATASOURCE_OTHER_JDBC_URL",
                "PATH");
        assertEquals(new TreeSet<>(wrong), unknownEnvironmentNames(wrong, known));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The files are well-formed
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void everyManifestIsATypedResourceWithoutUnknownFields() {
        List<String> problems = new ArrayList<>();
        for (Manifest manifest : manifests) {
            HasMetadata resource = manifest.resource();
            String where = manifest.file() + " " + resource.getKind() + "/"
                    + resource.getMetadata().getName();
            if (resource instanceof GenericKubernetesResource generic) {
                // Anything the fabric8 model does not know comes back generic: only the CloudNativePG kinds may.
                if (!CNPG_API.equals(generic.getApiVersion()) || !CNPG_KINDS.contains(generic.getKind())) {
                    problems.add(
                            where + ": unknown apiVersion/kind " + generic.getApiVersion() + " " + generic.getKind());
                }
                if (!(generic.getAdditionalProperties().get("spec") instanceof Map)) {
                    problems.add(where + ": no spec");
                }
            } else {
                unknownFields(resource, where, problems, new IdentityHashMap<>());
            }
            assertNotNull(resource.getMetadata().getName(), where + " has no name");
            assertEquals(
                    null,
                    resource.getMetadata().getNamespace(),
                    where + ": leave the namespace to kubectl -n, so the files work in any namespace");
        }
        assertEquals(List.of(), problems);
    }

    /** A typed fabric8 object keeps fields its schema lacks in additionalProperties: each one is a typo. */
    static void unknownFields(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object item : collection) {
                unknownFields(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "[" + key + "]", problems, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get")
                    || getter.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
                continue;
            }
            unknownFields(child, path + "." + getter.getName().substring(3), problems, seen);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // (a) Probes and port
    // ---------------------------------------------------------------------------------------------------------

    static Deployment deployment() {
        return one(Deployment.class);
    }

    static PodSpec podSpec() {
        return deployment().getSpec().getTemplate().getSpec();
    }

    static Container container() {
        List<Container> containers = podSpec().getContainers();
        assertEquals(1, containers.size(), "the Deployment runs one container");
        return containers.get(0);
    }

    /** quarkus.http.port as the packaged service uses it: application.properties, else the Quarkus default. */
    static int servicePort() {
        String port = prodSetting("quarkus.http.port")
                .orElseGet(() -> mappedProperties(VertxHttpConfig.class)
                        .get("quarkus.http.port")
                        .getDefaultValue());
        return Integer.parseInt(port);
    }

    /**
     * A setting's value in the prod profile from the configuration files: the test profile (random port, test
     * resources) and the process environment do not count.
     */
    static Optional<String> prodSetting(String name) {
        for (ConfigSource source : ConfigProvider.getConfig().getConfigSources()) {
            if (!source.getName().contains("application.properties")) {
                continue;
            }
            String value = Optional.ofNullable(source.getValue("%prod." + name)).orElse(source.getValue(name));
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static String dockerfileInstruction(String instruction) {
        try {
            List<String> values = Files.readAllLines(DOCKERFILE).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith(instruction + " "))
                    .map(line -> line.substring(instruction.length()).strip())
                    .toList();
            assertEquals(1, values.size(), DOCKERFILE + " must have exactly one " + instruction);
            return values.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theProbesHitTheHealthEndpointsTheServiceServes() {
        Container container = container();
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put(LIVE, container.getLivenessProbe());
        probes.put(READY, container.getReadinessProbe());
        probes.put(STARTED, container.getStartupProbe());
        probes.forEach((path, probe) -> {
            assertNotNull(probe, "the Deployment needs a probe on " + path);
            assertNotNull(probe.getHttpGet(), "probe for " + path + " must be an HTTP GET");
            assertEquals(path, probe.getHttpGet().getPath());
            // The service answers it, with a MicroProfile Health document that says UP.
            given().get(probe.getHttpGet().getPath()).then().statusCode(200).body("status", equalTo("UP"));
        });
        // Readiness checks the database; liveness must not (a database outage would restart every replica).
        JsonPath ready = given().get(container.getReadinessProbe().getHttpGet().getPath())
                .then()
                .extract()
                .jsonPath();
        assertTrue(
                ready.getList("checks.name", String.class).stream().anyMatch(name -> name.contains("Database")),
                "readiness must include the database check");
        JsonPath live = given().get(container.getLivenessProbe().getHttpGet().getPath())
                .then()
                .extract()
                .jsonPath();
        assertFalse(
                live.getList("checks.name", String.class).stream().anyMatch(name -> name.contains("Database")),
                "liveness must not depend on the database");
    }

    @Test
    void theProbesAndTheImageUseThePortTheServiceListensOn() {
        int port = servicePort();
        assertEquals(8080, port, "docs/operations.md and the Dockerfile document 8080");
        assertEquals(String.valueOf(port), dockerfileInstruction("EXPOSE"), DOCKERFILE + " EXPOSE");
        Container container = container();
        List<ContainerPort> ports = container.getPorts();
        assertEquals(1, ports.size(), "one container port");
        ContainerPort http = ports.get(0);
        assertEquals("http", http.getName());
        assertEquals(port, http.getContainerPort());
        for (Probe probe :
                List.of(container.getLivenessProbe(), container.getReadinessProbe(), container.getStartupProbe())) {
            assertEquals(port, resolve(probe.getHttpGet().getPort(), container), "probe port");
        }
        // The user the image runs as (numeric, so that runAsNonRoot can be verified) is the one the pod asks for.
        Long runAsUser = Optional.ofNullable(container.getSecurityContext())
                .map(c -> c.getRunAsUser())
                .orElse(
                        podSpec().getSecurityContext() == null
                                ? null
                                : podSpec().getSecurityContext().getRunAsUser());
        if (runAsUser != null) {
            assertEquals(dockerfileInstruction("USER"), String.valueOf(runAsUser), "runAsUser and the image's USER");
        }
        assertTrue(dockerfileInstruction("ENTRYPOINT").contains("run-java.sh"), "the image starts through run-java.sh");
        assertTrue(
                readString(DOCKERFILE).contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""),
                "run-java.sh starts Quarkus' fast-jar launcher");
    }

    static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port given by name or number, as the number of the container port it designates. */
    static int resolve(IntOrString port, Container container) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // (b) Environment variables
    // ---------------------------------------------------------------------------------------------------------

    /** Where a variable of the Deployment comes from. */
    record Setting(String name, String source, boolean fromSecret) {}

    /** Every variable the Deployment's container gets: env, and the keys of the ConfigMaps/Secrets of envFrom. */
    static List<Setting> deploymentSettings() {
        Container container = container();
        List<Setting> settings = new ArrayList<>();
        for (EnvFromSource from : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
            String prefix = Optional.ofNullable(from.getPrefix()).orElse("");
            if (from.getConfigMapRef() != null) {
                String name = from.getConfigMapRef().getName();
                ConfigMap map = named(ConfigMap.class, name)
                        .orElseThrow(() -> new AssertionError(
                                "envFrom names ConfigMap " + name + ", which is not in " + KUBERNETES));
                Optional.ofNullable(map.getData())
                        .orElse(Map.of())
                        .keySet()
                        .forEach(key -> settings.add(new Setting(prefix + key, "ConfigMap " + name, false)));
            } else if (from.getSecretRef() != null) {
                String name = from.getSecretRef().getName();
                Secret secret = named(Secret.class, name)
                        .orElseThrow(() ->
                                new AssertionError("envFrom names Secret " + name + ", which is not in " + KUBERNETES));
                secretValues(secret)
                        .keySet()
                        .forEach(key -> settings.add(new Setting(prefix + key, "Secret " + name, true)));
            } else {
                fail("envFrom without a ConfigMap or Secret");
            }
        }
        for (EnvVar env : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            boolean fromSecret =
                    env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null;
            settings.add(new Setting(env.getName(), fromSecret ? "secretKeyRef" : "env", fromSecret));
        }
        return settings;
    }

    static Map<String, String> secretValues(Secret secret) {
        Map<String, String> values = new LinkedHashMap<>();
        Optional.ofNullable(secret.getData())
                .orElse(Map.of())
                .forEach((key, value) ->
                        values.put(key, new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
        Optional.ofNullable(secret.getStringData()).orElse(Map.of()).forEach(values::put);
        return values;
    }

    @Test
    void everyVariableTheDeploymentSetsIsReadByTheService() {
        List<Setting> settings = deploymentSettings();
        List<String> names = settings.stream().map(Setting::name).toList();
        assertEquals(
                Set.of(),
                unknownEnvironmentNames(names, propertiesTheServiceReads()),
                "variables in the Deployment (env, ConfigMap, Secret) that no configuration property reads");
        assertEquals(
                names.size(), Set.copyOf(names).size(), "a variable is set twice (env wins over envFrom): " + names);
    }

    // ---------------------------------------------------------------------------------------------------------
    // (c) The resources fit together
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void secretsAreProvidedFromSecretsAndTheCommittedOnesArePlaceholders() {
        Map<String, Setting> settings =
                deploymentSettings().stream().collect(Collectors.toMap(Setting::name, setting -> setting));
        for (String required : REQUIRED_SETTINGS) {
            assertTrue(settings.containsKey(required), "the Deployment does not set " + required);
        }
        for (String secret : SECRET_SETTINGS) {
            if (settings.containsKey(secret)) {
                assertTrue(
                        settings.get(secret).fromSecret(),
                        secret + " must come from a Secret, not "
                                + settings.get(secret).source());
            }
        }
        // A secretKeyRef names a Secret in these files, or the one CloudNativePG generates for the database owner.
        String generated = cnpg("Cluster").getMetadata().getName() + "-app";
        for (EnvVar env : Optional.ofNullable(container().getEnv()).orElse(List.of())) {
            if (env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null) {
                continue;
            }
            SecretKeySelector ref = env.getValueFrom().getSecretKeyRef();
            Optional<Secret> committed = named(Secret.class, ref.getName());
            if (committed.isPresent()) {
                assertTrue(secretValues(committed.get()).containsKey(ref.getKey()), ref + " names a missing key");
            } else {
                assertEquals(generated, ref.getName(), env.getName() + " names a Secret that nobody creates");
                assertTrue(
                        Set.of("username", "password").contains(ref.getKey()),
                        env.getName() + ": CloudNativePG's app Secret has keys username and password, not "
                                + ref.getKey());
            }
        }
        // Nothing real is committed, and no placeholder could ever work as a key (the service refuses it at start).
        for (Secret secret : all(Secret.class)) {
            secretValues(secret).forEach((key, value) -> {
                assertTrue(
                        value.contains("REPLACE_ME"),
                        secret.getMetadata().getName() + "/" + key + " must be a REPLACE_ME placeholder");
                assertTrue(
                        value.length() < 32,
                        secret.getMetadata().getName() + "/" + key + " placeholder must be shorter than a valid key");
            });
        }
        // The object-store credentials of the backups exist, with the keys the Cluster names.
        Map<String, Object> credentials = field(cnpg("Cluster"), "spec.backup.barmanObjectStore.s3Credentials");
        credentials.forEach((role, ref) -> {
            @SuppressWarnings("unchecked")
            Map<String, String> selector = (Map<String, String>) ref;
            Secret secret = named(Secret.class, selector.get("name"))
                    .orElseThrow(() ->
                            new AssertionError("backup credentials Secret " + selector.get("name") + " is missing"));
            assertTrue(secretValues(secret).containsKey(selector.get("key")), role + ": no key " + selector.get("key"));
        });
    }

    @Test
    void theDeploymentIsHardenedAndStopsGracefully() {
        Deployment deployment = deployment();
        PodSpec pod = podSpec();
        Container container = container();
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(
                podLabels
                        .entrySet()
                        .containsAll(deployment
                                .getSpec()
                                .getSelector()
                                .getMatchLabels()
                                .entrySet()),
                "the Deployment's selector matches its own pods");
        String image = container.getImage();
        assertTrue(image.matches(".+:[A-Za-z0-9._-]+") && !image.endsWith(":latest"), "pin the image tag: " + image);

        for (String resource : List.of("cpu", "memory")) {
            Quantity request = container.getResources().getRequests().get(resource);
            Quantity limit = container.getResources().getLimits().get(resource);
            assertNotNull(request, resource + " request");
            assertNotNull(limit, resource + " limit");
            assertTrue(
                    request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
                    resource + ": request <= limit");
        }

        boolean nonRoot = Boolean.TRUE.equals(
                        pod.getSecurityContext() == null
                                ? null
                                : pod.getSecurityContext().getRunAsNonRoot())
                || Boolean.TRUE.equals(
                        container.getSecurityContext() == null
                                ? null
                                : container.getSecurityContext().getRunAsNonRoot());
        assertTrue(nonRoot, "runAsNonRoot");
        assertEquals(
                Boolean.TRUE, container.getSecurityContext().getReadOnlyRootFilesystem(), "readOnlyRootFilesystem");
        assertEquals(
                Boolean.FALSE,
                container.getSecurityContext().getAllowPrivilegeEscalation(),
                "allowPrivilegeEscalation");
        VolumeMount tmp = container.getVolumeMounts().stream()
                .filter(mount -> "/tmp".equals(mount.getMountPath()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a read-only root needs a writable /tmp"));
        Volume volume = pod.getVolumes().stream()
                .filter(v -> v.getName().equals(tmp.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + tmp.getName()));
        assertNotNull(volume.getEmptyDir(), "/tmp is an emptyDir");

        // preStop sleep, then SIGTERM and Quarkus' graceful shutdown, all inside the grace period.
        Duration shutdown = prodSetting("quarkus.shutdown.timeout")
                .map(DurationConverter::parseDuration)
                .orElse(Duration.ZERO);
        assertTrue(shutdown.toSeconds() > 0, "quarkus.shutdown.timeout is set in application.properties");
        List<String> preStop = container.getLifecycle().getPreStop().getExec().getCommand();
        assertEquals("sleep", preStop.get(0), "preStop sleeps so endpoints are removed before shutdown starts");
        long sleep = Long.parseLong(preStop.get(1));
        assertTrue(sleep >= 3, "preStop sleep of a few seconds");
        long grace = pod.getTerminationGracePeriodSeconds();
        Duration delay = prodSetting("quarkus.shutdown.delay")
                .map(DurationConverter::parseDuration)
                .orElse(Duration.ZERO);
        assertTrue(
                grace > sleep + delay.toSeconds() + shutdown.toSeconds(),
                "terminationGracePeriodSeconds " + grace
                        + " must exceed preStop " + sleep + " s + quarkus.shutdown.delay " + delay.toSeconds()
                        + " s + quarkus.shutdown.timeout " + shutdown.toSeconds() + " s");
    }

    @Test
    void theServiceHpaAndPdbTargetTheDeployment() {
        Deployment deployment = deployment();
        Container container = container();
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        Predicate<Map<String, String>> selectsPods = selector ->
                selector != null && !selector.isEmpty() && podLabels.entrySet().containsAll(selector.entrySet());

        Service service = one(Service.class);
        assertTrue(selectsPods.test(service.getSpec().getSelector()), "the Service selects the Deployment's pods");
        ServicePort port = service.getSpec().getPorts().get(0);
        assertEquals(80, port.getPort());
        assertEquals("http", port.getTargetPort().getStrVal(), "the Service targets the container port by name");
        assertEquals(servicePort(), resolve(port.getTargetPort(), container));

        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
        assertEquals("apps/v1", hpa.getSpec().getScaleTargetRef().getApiVersion());
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(
                deployment.getMetadata().getName(),
                hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "at least two replicas");
        assertTrue(hpa.getSpec().getMaxReplicas() >= hpa.getSpec().getMinReplicas());
        MetricSpec cpu = hpa.getSpec().getMetrics().stream()
                .filter(metric -> metric.getResource() != null
                        && "cpu".equals(metric.getResource().getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the HPA scales on CPU"));
        assertEquals("Utilization", cpu.getResource().getTarget().getType());
        assertNotNull(container.getResources().getRequests().get("cpu"), "CPU utilisation needs a CPU request");
        assertEquals(
                null,
                deployment.getSpec().getReplicas(),
                "the HPA owns the replica count; kubectl apply would reset it");

        PodDisruptionBudget pdb = one(PodDisruptionBudget.class);
        assertTrue(
                selectsPods.test(pdb.getSpec().getSelector().getMatchLabels()),
                "the PDB selects the Deployment's pods");
        int minAvailable = pdb.getSpec().getMinAvailable().getIntVal();
        assertTrue(
                minAvailable >= 1 && minAvailable < hpa.getSpec().getMinReplicas(),
                "minAvailable " + minAvailable + " must leave a drain room to evict a pod");
    }

    @Test
    void theDatabaseUrlPointsAtThePoolerAndTheConnectionBudgetFits() {
        GenericKubernetesResource cluster = cnpg("Cluster");
        GenericKubernetesResource pooler = cnpg("Pooler");
        GenericKubernetesResource backup = cnpg("ScheduledBackup");
        String clusterName = cluster.getMetadata().getName();

        assertEquals(clusterName, field(pooler, "spec.cluster.name"), "the Pooler serves the Cluster");
        assertEquals("rw", field(pooler, "spec.type"), "the service writes: it needs the primary");
        assertEquals(clusterName, field(backup, "spec.cluster.name"), "the ScheduledBackup backs up the Cluster");
        assertEquals(
                6,
                field(backup, "spec.schedule").toString().trim().split("\\s+").length,
                "CloudNativePG schedules have six fields, seconds first");
        assertTrue(field(cluster, "spec.backup.barmanObjectStore.destinationPath")
                .toString()
                .startsWith("s3://"));
        assertTrue(intField(cluster, "spec.instances") >= 3, "a primary and two replicas");

        // The JDBC URL names the Pooler's Service (it has the Pooler's name) and the database initdb creates.
        Map<String, String> config = one(ConfigMap.class).getData();
        String url = config.get("QUARKUS_DATASOURCE_JDBC_URL");
        assertNotNull(url, "the ConfigMap sets QUARKUS_DATASOURCE_JDBC_URL");
        assertTrue(url.startsWith("jdbc:postgresql://"), url);
        URI uri = URI.create(url.substring("jdbc:".length()));
        assertEquals(pooler.getMetadata().getName(), uri.getHost(), "the JDBC URL goes through the Pooler");
        assertEquals(5432, uri.getPort());
        assertEquals("/" + field(cluster, "spec.bootstrap.initdb.database"), uri.getPath());

        // Session pooling, or transaction pooling with protocol-level prepared statements (pgJDBC uses them).
        String poolMode = field(pooler, "spec.pgbouncer.poolMode");
        Map<String, Object> pgbouncer = field(pooler, "spec.pgbouncer.parameters");
        assertTrue(
                "session".equals(poolMode)
                        || "transaction".equals(poolMode)
                                && Integer.parseInt(pgbouncer
                                                .getOrDefault("max_prepared_statements", "0")
                                                .toString())
                                        > 0,
                poolMode);

        // Connection budget: what the application may open, what one pooler pod may serve, what PostgreSQL allows.
        int poolPerReplica = Integer.parseInt(config.get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE"));
        int maxReplicas = one(HorizontalPodAutoscaler.class).getSpec().getMaxReplicas();
        int maxSurge = deployment()
                .getSpec()
                .getStrategy()
                .getRollingUpdate()
                .getMaxSurge()
                .getIntVal();
        int clients = poolPerReplica * maxReplicas;
        int defaultPoolSize =
                Integer.parseInt(pgbouncer.get("default_pool_size").toString());
        int maxDbConnections =
                Integer.parseInt(pgbouncer.get("max_db_connections").toString());
        int maxClientConn = Integer.parseInt(pgbouncer.get("max_client_conn").toString());
        int poolerInstances = intField(pooler, "spec.instances");
        Map<String, Object> postgres = field(cluster, "spec.postgresql.parameters");
        int maxConnections = Integer.parseInt(postgres.get("max_connections").toString());
        int reserved = Integer.parseInt(postgres.getOrDefault(
                        "superuser_reserved_connections", String.valueOf(DEFAULT_SUPERUSER_RESERVED_CONNECTIONS))
                .toString());

        assertTrue(
                clients <= Math.min(defaultPoolSize, maxDbConnections),
                "maxReplicas " + maxReplicas + " x pool "
                        + poolPerReplica + " = " + clients + " must fit one pooler pod (default_pool_size "
                        + defaultPoolSize
                        + ", max_db_connections " + maxDbConnections + ")");
        assertTrue(
                (maxReplicas + maxSurge) * poolPerReplica <= maxClientConn,
                "max_client_conn " + maxClientConn + " must admit every replica of a rolling update");
        assertTrue(
                poolerInstances * maxDbConnections <= maxConnections - reserved - SERVER_CONNECTION_HEADROOM,
                poolerInstances + " pooler pods x max_db_connections " + maxDbConnections
                        + " must stay under max_connections " + maxConnections + " - " + reserved + " reserved - "
                        + SERVER_CONNECTION_HEADROOM + " headroom");
    }

    // ---------------------------------------------------------------------------------------------------------
    // optional/kafka-outbox-connector.yaml: Debezium's Outbox Event Router on event_outbox (docs/kafka.md)
    // ---------------------------------------------------------------------------------------------------------

    static GenericKubernetesResource kind(List<Manifest> loaded, String apiVersion, String kind) {
        List<GenericKubernetesResource> found = loaded.stream()
                .map(Manifest::resource)
                .filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast)
                .filter(r -> apiVersion.equals(r.getApiVersion()) && kind.equals(r.getKind()))
                .toList();
        assertEquals(1, found.size(), "expected exactly one " + kind + " in " + KAFKA_CONNECTOR);
        return found.get(0);
    }

    @Inject
    Database database;

    @Test
    @SuppressWarnings("unchecked")
    void theOptionalKafkaConnectorReadsTheOutboxOfThisDatabaseWithTheTestedRouterSettings() {
        assertEquals(
                List.of(KAFKA_CONNECTOR),
                loadManifests(OPTIONAL).stream().map(Manifest::file).distinct().toList(),
                "optional/ holds the Kafka connector only; document any new add-on in docs/operations.md");
        List<Manifest> loaded = loadManifests(OPTIONAL);
        GenericKubernetesResource cluster = cnpg("Cluster");
        String dbname = field(cluster, "spec.bootstrap.initdb.database");
        for (Manifest manifest : loaded) {
            assertEquals(
                    null,
                    manifest.resource().getMetadata().getNamespace(),
                    KAFKA_CONNECTOR + ": leave the namespace to kubectl -n");
        }

        GenericKubernetesResource connect = kind(loaded, "kafka.strimzi.io/v1beta2", "KafkaConnect");
        GenericKubernetesResource connector = kind(loaded, "kafka.strimzi.io/v1beta2", "KafkaConnector");
        GenericKubernetesResource publication = kind(loaded, CNPG_API, "Publication");
        assertEquals(
                connect.getMetadata().getName(),
                connector.getMetadata().getLabels().get("strimzi.io/cluster"),
                "the KafkaConnector runs on the KafkaConnect of the file");
        assertEquals("true", connect.getMetadata().getAnnotations().get("strimzi.io/use-connector-resources"));
        assertEquals(cluster.getMetadata().getName(), field(publication, "spec.cluster.name"));
        assertEquals(dbname, field(publication, "spec.dbname"));
        List<Map<String, Map<String, String>>> objects = field(publication, "spec.target.objects");
        assertEquals(List.of(Map.of("table", Map.of("schema", "public", "name", "event_outbox"))), objects);

        Map<String, Object> config = field(connector, "spec.config");
        Function<String, String> setting = key -> {
            assertTrue(config.containsKey(key), KAFKA_CONNECTOR + " does not set " + key);
            return config.get(key).toString();
        };
        assertEquals("io.debezium.connector.postgresql.PostgresConnector", field(connector, "spec.class"));
        assertEquals(1, intField(connector, "spec.tasksMax"), "one replication slot, one task");
        // Replication connections cannot go through PgBouncer: the primary's rw Service, not the Pooler.
        assertEquals(cluster.getMetadata().getName() + "-rw", setting.apply("database.hostname"));
        assertEquals(dbname, setting.apply("database.dbname"));
        assertEquals(field(publication, "spec.name"), setting.apply("publication.name"));
        assertEquals("pgoutput", setting.apply("plugin.name"));
        assertEquals("filtered", setting.apply("publication.autocreate.mode"));
        assertEquals("public.event_outbox", setting.apply("table.include.list"));
        assertEquals("io.debezium.transforms.outbox.EventRouter", setting.apply("transforms.outbox.type"));
        assertEquals("aggregatetype", setting.apply("transforms.outbox.route.by.field"));
        assertEquals("outbox.event.${routedByValue}", setting.apply("transforms.outbox.route.topic.replacement"));
        // What DebeziumOutboxTest found: these two would break the connector or the payload.
        assertFalse(
                config.containsKey("transforms.outbox.table.field.event.timestamp"),
                "occurred_at is timestamptz, which the router rejects (\"not of type INT64\")");
        assertEquals("false", setting.apply("transforms.outbox.table.expand.json.payload"));
        assertEquals("org.apache.kafka.connect.storage.StringConverter", setting.apply("value.converter"));

        // Every outbox column the router reads or the connector leaves out exists in the migrated table.
        Set<String> columns = Set.copyOf(database.strings(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'event_outbox'"));
        for (String key : List.of(
                "transforms.outbox.route.by.field",
                "transforms.outbox.table.field.event.id",
                "transforms.outbox.table.field.event.key",
                "transforms.outbox.table.field.event.payload")) {
            assertTrue(columns.contains(setting.apply(key)), key + " names no column of event_outbox: " + columns);
        }
        for (String excluded : setting.apply("column.exclude.list").split(",")) {
            assertTrue(
                    columns.contains(excluded.substring("public.event_outbox.".length())),
                    "column.exclude.list names no column of event_outbox: " + excluded);
        }

        // The credentials come from the placeholder Secret, mounted into Connect and read by the config provider.
        Secret secret = loaded.stream()
                .map(Manifest::resource)
                .filter(Secret.class::isInstance)
                .map(Secret.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError(KAFKA_CONNECTOR + " has no Secret"));
        assertEquals("kubernetes.io/basic-auth", secret.getType(), "CloudNativePG managed roles read basic-auth");
        assertTrue(secretValues(secret).get("password").contains("REPLACE_ME"), "the password is a placeholder");
        Map<String, Object> volume = ((List<Map<String, Object>>) field(connect, "spec.template.pod.volumes")).get(0);
        assertEquals(secret.getMetadata().getName(), ((Map<?, ?>) volume.get("secret")).get("secretName"));
        Map<String, Object> mount =
                ((List<Map<String, Object>>) field(connect, "spec.template.connectContainer.volumeMounts")).get(0);
        assertEquals(volume.get("name"), mount.get("name"));
        assertEquals("${directory:" + mount.get("mountPath") + ":password}", setting.apply("database.password"));
        assertEquals("${directory:" + mount.get("mountPath") + ":username}", setting.apply("database.user"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // (d) compose.yaml
    // ---------------------------------------------------------------------------------------------------------

    static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?[^}]*}");

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        assertTrue(value instanceof Map, COMPOSE + ": " + what + " must be a mapping");
        return (Map<String, Object>) value;
    }

    /** compose accepts environment as a mapping or as a list of NAME=value. */
    static Map<String, String> composeEnvironment(Object environment) {
        Map<String, String> env = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> values) {
            values.forEach((key, value) -> env.put(key.toString(), value == null ? "" : value.toString()));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] parts = entry.toString().split("=", 2);
                env.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return env;
    }

    @Test
    void composeRunsTheImageAgainstAHealthyDatabaseWithSettingsTheServiceReads() throws IOException {
        Map<String, Object> compose = map(YAML.readValue(COMPOSE.toFile(), Map.class), "the file");
        Map<String, Object> services = map(compose.get("services"), "services");
        // The service is the one built from the Dockerfile.
        Map.Entry<String, Object> app = services.entrySet().stream()
                .filter(entry -> entry.getValue() instanceof Map<?, ?> service && service.get("build") instanceof Map)
                .findFirst()
                .orElseThrow(() -> new AssertionError(COMPOSE + ": no service is built from the Dockerfile"));
        Map<String, Object> service = map(app.getValue(), app.getKey());
        Map<String, Object> build = map(service.get("build"), "build");
        Path context =
                COMPOSE.getParent().resolve(build.get("context").toString()).normalize();
        assertEquals(
                DOCKERFILE.normalize().toAbsolutePath(),
                context.resolve(build.get("dockerfile").toString())
                        .toAbsolutePath()
                        .normalize(),
                "build.dockerfile is resolved inside build.context, which is relative to " + COMPOSE.getParent());
        assertTrue(Files.isDirectory(context.resolve("src/main/docker")), "the build context is the repository root");

        Map<String, String> env = composeEnvironment(service.get("environment"));
        assertEquals(
                Set.of(),
                unknownEnvironmentNames(env.keySet(), propertiesTheServiceReads()),
                COMPOSE + ": variables no configuration property reads");
        for (String required : REQUIRED_SETTINGS) {
            assertTrue(env.containsKey(required), COMPOSE + " does not set " + required);
        }
        // Secrets come from the operator's environment, and compose refuses to start without them.
        for (String secret : List.of("SOURCELEDGER_IDENTITY_KEY", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertTrue(
                    REQUIRED_VARIABLE.matcher(env.get(secret)).matches(),
                    COMPOSE + ": " + secret + " must be ${VARIABLE:?message}, not " + env.get(secret));
        }

        // The database the URL names is a service of this file, with a health check the service waits for.
        URI uri = URI.create(env.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
        String db = uri.getHost();
        Map<String, Object> database = map(services.get(db), "services." + db);
        assertNotNull(database.get("healthcheck"), COMPOSE + ": " + db + " needs a healthcheck");
        Map<String, Object> dependsOn = map(service.get("depends_on"), "depends_on");
        assertEquals(
                "service_healthy", map(dependsOn.get(db), "depends_on." + db).get("condition"));
        Map<String, String> dbEnv = composeEnvironment(database.get("environment"));
        assertEquals(uri.getPath(), "/" + dbEnv.get("POSTGRES_DB"), "the URL names the database the container creates");
        assertEquals(dbEnv.get("POSTGRES_USER"), env.get("QUARKUS_DATASOURCE_USERNAME"));
        Matcher dbPassword = REQUIRED_VARIABLE.matcher(dbEnv.get("POSTGRES_PASSWORD"));
        Matcher appPassword = REQUIRED_VARIABLE.matcher(env.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertTrue(
                dbPassword.matches()
                        && appPassword.matches()
                        && dbPassword.group(1).equals(appPassword.group(1)),
                "the database and the service take the password from one variable");

        List<?> ports = (List<?>) service.get("ports");
        assertTrue(
                ports.stream().map(Object::toString).anyMatch(p -> p.endsWith(":" + servicePort())),
                COMPOSE + " publishes the service's port " + servicePort());
        Duration shutdown = prodSetting("quarkus.shutdown.timeout")
                .map(DurationConverter::parseDuration)
                .orElse(Duration.ZERO);
        Object grace = service.get("stop_grace_period");
        assertNotNull(grace, "docker's default 10 s stop timeout would cut the graceful shutdown short");
        Duration delay = prodSetting("quarkus.shutdown.delay")
                .map(DurationConverter::parseDuration)
                .orElse(Duration.ZERO);
        assertTrue(
                DurationConverter.parseDuration(grace.toString()).compareTo(shutdown.plus(delay)) > 0,
                "stop_grace_period > shutdown delay + timeout");
    }
}
