package org.sourceledger.verification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * docs/architecture.md, Verification rules, on the origins of one claim's corroborating reports: independent
 * corroborations are the distinct origins, origins of one outlet counting once; circular reporting is two or more
 * corroborating reports leading back to one origin. Pure, so the rules are tested without a database.
 */
public record Independence(List<Group> groups, List<Circle> circles) {

    /** One independent source: an outlet, its origin reports, and the corroborating reports that lead to them. */
    public record Group(String outlet, Set<UUID> originReportIds, Set<UUID> corroboratingReportIds) {}

    /** One origin reached from several corroborating reports. */
    public record Circle(UUID originReportId, String outlet, Set<UUID> corroboratingReportIds) {}

    public static Independence of(Collection<LinkOrigin> origins) {
        Map<String, String> outletNames = new TreeMap<>();
        Map<String, Set<UUID>> originsByOutlet = new TreeMap<>();
        Map<String, Set<UUID>> reportsByOutlet = new TreeMap<>();
        Map<UUID, Set<UUID>> reportsByOrigin = new LinkedHashMap<>();
        Map<UUID, String> originOutlet = new LinkedHashMap<>();
        for (LinkOrigin origin : origins) {
            if (origin.relation() != LinkRelation.CORROBORATES) {
                continue;
            }
            String key = origin.outletKey();
            outletNames.putIfAbsent(key, origin.originOutlet().strip());
            originsByOutlet.computeIfAbsent(key, k -> new TreeSet<>()).add(origin.originId());
            reportsByOutlet.computeIfAbsent(key, k -> new TreeSet<>()).add(origin.reportId());
            reportsByOrigin
                    .computeIfAbsent(origin.originId(), k -> new TreeSet<>())
                    .add(origin.reportId());
            originOutlet.putIfAbsent(origin.originId(), origin.originOutlet().strip());
        }
        List<Group> groups = new ArrayList<>();
        originsByOutlet.forEach(
                (key, originIds) -> groups.add(new Group(outletNames.get(key), originIds, reportsByOutlet.get(key))));
        List<Circle> circles = new ArrayList<>();
        reportsByOrigin.forEach((originId, reports) -> {
            if (reports.size() > 1) {
                circles.add(new Circle(originId, originOutlet.get(originId), reports));
            }
        });
        circles.sort(Comparator.comparing(Circle::originReportId));
        return new Independence(List.copyOf(groups), List.copyOf(circles));
    }

    public int independentCorroborations() {
        return groups.size();
    }

    public boolean circular() {
        return !circles.isEmpty();
    }
}
