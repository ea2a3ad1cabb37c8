package org.sourceledger.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Character offsets into the analysed text: start inclusive, end exclusive (UTF-16 code units, as in JavaScript). */
@Schema(name = "TextSpan")
public record Span(
        @Schema(required = true, minimum = "0", maximum = "200000") int start,
        @Schema(required = true, minimum = "0", maximum = "200000") int end) {
}
