package org.sourceledger.contract;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Backward compatibility of a contract against the released baseline, judged by openapi-diff
 * (org.openapitools.openapidiff): removed paths, operations or properties, new required request properties,
 * narrowed enums and changed types are breaking.
 */
final class ContractCompatibility {

    private ContractCompatibility() {}

    record Verdict(boolean breaking, String report) {}

    static Verdict check(String baseline, String candidate) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(baseline, candidate);
        return new Verdict(diff.isIncompatible(), render(diff));
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (java.io.IOException e) {
            return "(could not render the difference: " + e.getMessage() + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
