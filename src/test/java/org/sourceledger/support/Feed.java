package org.sourceledger.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads GET /events as a poller would: from a position, until nothing more is there. */
public final class Feed {

    private String position;

    private Feed(String position) {
        this.position = position;
    }

    /** A reader positioned after every event committed so far. */
    public static Feed fromNow() {
        Feed feed = new Feed(null);
        feed.poll();
        return feed;
    }

    public String position() {
        return position;
    }

    /** Every event after the position, in feed order; moves the position on. */
    public List<Map<String, Object>> poll() {
        return poll(null);
    }

    public List<Map<String, Object>> poll(String types) {
        List<Map<String, Object>> events = new ArrayList<>();
        while (true) {
            var request = given().queryParam("limit", 500);
            if (position != null) {
                request.queryParam("after", position);
            }
            if (types != null) {
                request.queryParam("types", types);
            }
            JsonPath page =
                    request.get("/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            position = page.getString("next_after");
            events.addAll(items);
            if (items.size() < 500) {
                return events;
            }
        }
    }

    /** Events of the given subject among {@code events}, in order, as their types. */
    public static List<String> typesOf(List<Map<String, Object>> events, String subject) {
        return events.stream()
                .filter(e -> subject.equals(e.get("subject")))
                .map(e -> (String) e.get("type"))
                .toList();
    }
}
