package org.sourceledger.claimreview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sourceledger.claim.ClaimResponse;
import org.sourceledger.claim.ClaimService;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.link.LinkService;
import org.sourceledger.report.ReportService;
import org.sourceledger.story.StoryService;
import org.sourceledger.verdict.VerdictRating;
import org.sourceledger.verdict.VerdictResponse;
import org.sourceledger.verdict.VerdictService;

/** Builds schema.org ClaimReview JSON-LD for a claim that has a verdict. */
@ApplicationScoped
public class ClaimReviewService {

    private final VerdictService verdicts;
    private final ClaimService claims;
    private final StoryService stories;
    private final LinkService links;
    private final ReportService reports;
    private final SourceLedgerConfig config;

    public ClaimReviewService(
            VerdictService verdicts,
            ClaimService claims,
            StoryService stories,
            LinkService links,
            ReportService reports,
            SourceLedgerConfig config) {
        this.verdicts = verdicts;
        this.claims = claims;
        this.stories = stories;
        this.links = links;
        this.reports = reports;
        this.config = config;
    }

    /** 404 when the claim does not exist or has no verdict. */
    @Transactional
    public Map<String, Object> claimReview(UUID claimId) {
        VerdictResponse verdict = verdicts.get(claimId).body();
        ClaimResponse claim = claims.get(claimId).body();

        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        if (verdict.rating().scaleValue() != null) {
            rating.put("ratingValue", verdict.rating().scaleValue());
        }
        rating.put("bestRating", VerdictRating.BEST);
        rating.put("worstRating", VerdictRating.WORST);
        rating.put("alternateName", verdict.rating().label());

        Map<String, Object> itemReviewed = new LinkedHashMap<>();
        itemReviewed.put("@type", "Claim");
        itemReviewed.put("appearance", appearances(claim));

        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", config.publisher().name());
        author.put("url", config.publisher().url());

        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put(
                "url", stripTrailingSlash(config.claimReview().baseUrl()) + "/claims/" + claim.id() + "/claim-review");
        review.put("claimReviewed", claim.statement());
        review.put(
                "datePublished",
                verdict.reviewedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        review.put("author", author);
        review.put("reviewRating", rating);
        review.put("reviewBody", verdict.explanation());
        review.put("itemReviewed", itemReviewed);
        return review;
    }

    /** Where the claim appeared: the story that makes it, then every linked report. */
    private List<Map<String, Object>> appearances(ClaimResponse claim) {
        Set<String> urls = new LinkedHashSet<>();
        if (claim.storyId() != null) {
            stories.urlOf(claim.storyId()).ifPresent(urls::add);
        }
        List<UUID> reportIds = links.reportIdsOf(claim.id());
        Map<UUID, String> byId = reports.urlsOf(reportIds);
        reportIds.forEach(id -> urls.add(byId.get(id)));
        List<Map<String, Object>> appearances = new ArrayList<>();
        for (String url : urls) {
            Map<String, Object> work = new LinkedHashMap<>();
            work.put("@type", "CreativeWork");
            work.put("url", url);
            appearances.add(work);
        }
        return appearances;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
