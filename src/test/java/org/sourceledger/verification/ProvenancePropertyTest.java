package org.sourceledger.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sourceledger.support.Api;
import org.sourceledger.support.EmbeddedPostgresResource;
import org.sourceledger.support.Samples;

/**
 * On random acyclic provenance graphs (generated with QuickTheories), the API's independent count and circular flag
 * equal a brute-force computation done here. The seed and the graph are printed when a case fails, so it can be
 * replayed.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ProvenancePropertyTest {

    private static final int CASES = 25;
    private static final List<String> OUTLETS = List.of("Alpha Wire", "Beta News", "Gamma Post", "alpha wire");

    /** Report i may derive only from reports with a smaller index, which keeps every graph acyclic. */
    record Graph(
            List<Integer> outlets, List<Set<Integer>> parents, Set<Integer> corroborating, Set<Integer> conflicting) {}

    private static Gen<Graph> graphs() {
        return integers()
                .between(1, 10)
                .flatMap(size -> lists().of(integers().between(0, OUTLETS.size() - 1))
                        .ofSize(size)
                        .zip(
                                lists().of(sets(size, 0, 3)).ofSize(size),
                                sets(size, 1, size),
                                sets(size, 0, 2),
                                (outlets, rawParents, corroborating, conflicting) -> {
                                    List<Set<Integer>> parents = new ArrayList<>();
                                    for (int i = 0; i < size; i++) {
                                        int node = i;
                                        Set<Integer> valid = new HashSet<>();
                                        rawParents.get(i).stream()
                                                .filter(p -> p < node)
                                                .forEach(valid::add);
                                        parents.add(valid);
                                    }
                                    Set<Integer> conflictingOnly = new HashSet<>(conflicting);
                                    conflictingOnly.removeAll(corroborating);
                                    return new Graph(outlets, parents, corroborating, conflictingOnly);
                                }));
    }

    /** A set of report indexes below {@code bound}, drawn as a list of minSize..maxSize indexes (repeats collapse). */
    private static Gen<Set<Integer>> sets(int bound, int minSize, int maxSize) {
        return lists().of(integers().between(0, bound - 1))
                .ofSizeBetween(minSize, maxSize)
                .map(list -> new HashSet<>(list));
    }

    @Test
    void apiCountEqualsBruteForceOnRandomGraphs() {
        long seed = Samples.seed();
        List<Graph> cases = Samples.draw(graphs(), CASES, seed);
        for (Graph graph : cases) {
            String replay = Samples.replay(seed) + ", graph " + graph;
            String claim = Api.createOfficialClaim(Api.createStory("Property"), "A randomly sourced claim.");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < graph.outlets().size(); i++) {
                List<String> parentIds =
                        graph.parents().get(i).stream().map(ids::get).toList();
                ids.add(Api.createReport(OUTLETS.get(graph.outlets().get(i)), "NEWS", parentIds));
            }
            graph.corroborating()
                    .forEach(i -> Api.link(claim, ids.get(i), "CORROBORATES").statusCode(201));
            graph.conflicting()
                    .forEach(i -> Api.link(claim, ids.get(i), "CONFLICTS").statusCode(201));

            JsonPath api = VerificationEngineTest.verification(claim);
            assertEquals(expectedIndependent(graph), api.getInt("independent_corroborations"), replay);
            assertEquals(expectedCircular(graph), api.getBoolean("circular"), replay);
            assertEquals(graph.corroborating().size(), api.getInt("corroborating_reports"), replay);
        }
    }

    /** Origins of a report: walk every path up to reports with no parents. */
    private static Set<Integer> origins(Graph graph, int report) {
        if (graph.parents().get(report).isEmpty()) {
            return Set.of(report);
        }
        Set<Integer> origins = new HashSet<>();
        graph.parents().get(report).forEach(parent -> origins.addAll(origins(graph, parent)));
        return origins;
    }

    private static int expectedIndependent(Graph graph) {
        Set<String> outlets = new HashSet<>();
        for (int report : graph.corroborating()) {
            origins(graph, report)
                    .forEach(
                            o -> outlets.add(OUTLETS.get(graph.outlets().get(o)).toLowerCase()));
        }
        return outlets.size();
    }

    private static boolean expectedCircular(Graph graph) {
        Map<Integer, Integer> reportsPerOrigin = new HashMap<>();
        for (int report : graph.corroborating()) {
            origins(graph, report).forEach(o -> reportsPerOrigin.merge(o, 1, Integer::sum));
        }
        return reportsPerOrigin.values().stream().anyMatch(count -> count > 1);
    }
}
