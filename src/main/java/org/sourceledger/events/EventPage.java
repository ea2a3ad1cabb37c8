package org.sourceledger.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One page of the feed: CloudEvents, oldest first, and the position to ask from next (never null). */
public record EventPage(List<JsonNode> items, String nextAfter) {}
