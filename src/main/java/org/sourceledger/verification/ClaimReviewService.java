package org.sourceledger.verification;

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
import org.sourceledger.claim.Claim;
import org.sourceledger.claim.ClaimRepository;
import org.sourceledger.common.SourceLedgerConfig;
import org.sourceledger.common.problem.ProblemException;
import org.sourceledger.link.LinkRepository;
import org.sourceledger.report.Report;
import org.sourceledger.report.ReportRepository;
import org.sourceledger.story.StoryRepository;

/** Builds schema.org ClaimReview JSON-LD for a claim that has a verdict. */
@ApplicationScoped
public class ClaimReviewService {

    private final ClaimRepository claims;
    private final StoryRepository stories;
    private final LinkRepository links;
    private final ReportRepository reports;
    private final SourceLedgerConfig config;

    public ClaimReviewService(ClaimRepository claims, StoryRepository stories, LinkRepository links,
            ReportRepository reports, SourceLedgerConfig config) {
        this.claims = claims;
        this.stories = stories;
        this.links = links;
        this.reports = reports;
        this.config = config;
    }

    @Transactional
    public Map<String, Object> claimReview(UUID claimId) {
        Claim claim = claims.findByIdOptional(claimId).orElseThrow(() -> ProblemException.notFound("claim", claimId));
        VerdictResponse verdict = VerdictService.requireVerdict(claim);

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
        review.put("url", stripTrailingSlash(config.claimReview().baseUrl()) + "/claims/" + claim.id + "/claim-review");
        review.put("claimReviewed", claim.statement);
        review.put("datePublished", verdict.reviewedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        review.put("author", author);
        review.put("reviewRating", rating);
        review.put("reviewBody", verdict.explanation());
        review.put("itemReviewed", itemReviewed);
        return review;
    }

    /** Where the claim appeared: the story that makes it, then every linked report. */
    private List<Map<String, Object>> appearances(Claim claim) {
        Set<String> urls = new LinkedHashSet<>();
        if (claim.storyId != null) {
            stories.findByIdOptional(claim.storyId).map(story -> story.url).filter(url -> url != null)
                    .ifPresent(urls::add);
        }
        List<UUID> reportIds = links.find("claimId = ?1 order by createdAt, id", claim.id).stream()
                .map(link -> link.reportId).toList();
        Map<UUID, Report> byId = reports.byIds(reportIds);
        reportIds.forEach(id -> urls.add(byId.get(id).url));
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
