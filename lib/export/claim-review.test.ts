import { describe, expect, it } from "vitest";
import { claimReviewReport } from "./claim-review";
import { expandOffline } from "./fixtures/document-loader";
import { sampleClaims, sampleReport } from "./fixtures/report";
import { VERDICT_RATINGS } from "./ratings";
import { streamToString } from "./stream";

const S = "http://schema.org/";
type Node = Record<string, unknown>;

const values = (node: Node, key: string) => ((node[key] ?? []) as Node[]);
const one = (node: Node, key: string) => values(node, key)[0]?.["@value"];
const ids = (node: Node, key: string) => values(node, key).map((v) => v["@id"]);

async function expandedReviews(language = "zh") {
  const text = await streamToString(claimReviewReport(sampleReport({ language })));
  const doc = JSON.parse(text) as Node[];
  const expanded = await expandOffline(doc);
  return { doc, expanded };
}

describe("ClaimReview export", () => {
  it("reviews only published claims, in bulletin order", async () => {
    const { doc, expanded } = await expandedReviews();
    expect(Array.isArray(doc)).toBe(true);
    expect(expanded.map((r) => r["@type"])).toEqual([[`${S}ClaimReview`], [`${S}ClaimReview`], [`${S}ClaimReview`]]);
    // Claim 4 has a proposed verdict but is only IN_REVIEW; claim 5 has none; claim 6 is verified but not published.
    expect(expanded.map((r) => ids(r, `${S}url`)[0])).toEqual(
      ["clm_1", "clm_2", "clm_3"].map((id) => `https://claimdesk.example.org/bulletins/bul_1/report#claim-${id}`),
    );
  });

  it("rates each verdict on the documented scale with the verdict's label in the bulletin's language", async () => {
    const { expanded } = await expandedReviews();
    const [accurate, inaccurate, unverifiable] = expanded.map((r) => values(r, `${S}reviewRating`)[0]);
    expect(accurate["@type"]).toEqual([`${S}Rating`]);
    expect(one(accurate, `${S}ratingValue`)).toBe(VERDICT_RATINGS.ACCURATE);
    expect(one(accurate, `${S}ratingValue`)).toBe(5);
    expect(one(accurate, `${S}bestRating`)).toBe(5);
    expect(one(accurate, `${S}worstRating`)).toBe(1);
    expect(one(accurate, `${S}alternateName`)).toBe("准确");
    expect(one(inaccurate, `${S}ratingValue`)).toBe(1);
    expect(one(inaccurate, `${S}alternateName`)).toBe("不准确");
    expect(one(inaccurate, `${S}ratingExplanation`)).toContain('the third is "under construction"');
    // Unverifiable is not a point on the true–false scale: textual rating only.
    expect(unverifiable[`${S}ratingValue`]).toBeUndefined();
    expect(unverifiable[`${S}bestRating`]).toBeUndefined();
    expect(one(unverifiable, `${S}alternateName`)).toBe("无法核实");

    const english = await expandedReviews("en");
    expect(one(values(english.expanded[0], `${S}reviewRating`)[0], `${S}alternateName`)).toBe("Accurate");
    expect(one(english.expanded[0], `${S}inLanguage`)).toBe("en");
  });

  it("describes the claim, its appearance in the bulletin and the reviewing organisation", async () => {
    const { expanded } = await expandedReviews();
    const review = expanded[0];
    expect(one(review, `${S}claimReviewed`)).toBe("河西市统计局称，今年一季度全市接待游客312.5万人次，同比增长18%。");
    expect(one(review, `${S}inLanguage`)).toBe("zh");
    // The publish date, not the approval date (2025-04-16).
    expect(values(review, `${S}datePublished`)[0]).toEqual({ "@value": "2025-04-21", "@type": `${S}Date` });
    const author = values(review, `${S}author`)[0];
    expect(author["@type"]).toEqual([`${S}Organization`]);
    expect(one(author, `${S}name`)).toBe("核查台 Claimdesk");
    expect(ids(author, `${S}url`)).toEqual(["https://claimdesk.example.org/about"]);

    const claim = values(review, `${S}itemReviewed`)[0];
    expect(claim["@type"]).toEqual([`${S}Claim`]);
    expect(one(values(claim, `${S}author`)[0], `${S}name`)).toBe("河西日报社");
    expect(one(claim, `${S}datePublished`)).toBe("2025-04-12");
    const appearance = values(claim, `${S}appearance`)[0];
    expect(ids(appearance, `${S}url`)).toEqual(["https://news.example.cn/hexi/2025/0412.html"]);
    expect(ids(values(claim, `${S}firstAppearance`)[0], `${S}url`)).toEqual(["https://news.example.cn/hexi/2025/0412.html"]);
  });

  it("carries every field search engines' ClaimReview documentation requires or recommends", async () => {
    const text = await streamToString(claimReviewReport(sampleReport()));
    const reviews = JSON.parse(text) as Node[];
    const [accurate, , unverifiable] = reviews;
    // Required: the reviewed claim, the rating with its textual form, the URL of the fact check.
    expect(accurate["@context"]).toBe("https://schema.org");
    expect(accurate["@type"]).toBe("ClaimReview");
    expect(accurate.claimReviewed).toBe(sampleClaims()[0].statement);
    expect(accurate.url).toBe("https://claimdesk.example.org/bulletins/bul_1/report#claim-clm_1");
    const rating = accurate.reviewRating as Node;
    expect(rating["@type"]).toBe("Rating");
    expect(rating.alternateName).toBe("准确");
    // Recommended on the rating: name, ratingValue, bestRating, worstRating (numbers).
    expect(rating).toMatchObject({ name: "准确", ratingValue: 5, bestRating: 5, worstRating: 1 });
    expect((unverifiable.reviewRating as Node).alternateName).toBe("无法核实");
    // Recommended on the review: author (an organisation with a URL), datePublished, itemReviewed.
    expect(accurate.author).toEqual({ "@type": "Organization", name: "核查台 Claimdesk", url: "https://claimdesk.example.org/about" });
    expect(accurate.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Recommended on the claim: author, datePublished, appearance or firstAppearance (a CreativeWork with a URL).
    const item = accurate.itemReviewed as Node;
    expect(item["@type"]).toBe("Claim");
    expect(item.author).toEqual({ "@type": "Organization", name: "河西日报社" });
    expect(item.datePublished).toBe("2025-04-12");
    for (const key of ["appearance", "firstAppearance"]) {
      expect(item[key]).toMatchObject({ "@type": "CreativeWork", url: "https://news.example.cn/hexi/2025/0412.html" });
    }
    for (const review of reviews) {
      for (const key of ["claimReviewed", "reviewRating", "url", "author", "datePublished", "itemReviewed"]) expect(review[key], key).toBeTruthy();
    }
  });

  it("in public, points each review at the claim's own public page", async () => {
    const report = sampleReport({ audience: "public", reportUrl: "https://claimdesk.example.org/share/share_abc" });
    const reviews = JSON.parse(await streamToString(claimReviewReport(report))) as Node[];
    expect(reviews.map((r) => r.url)).toEqual(["clm_1", "clm_2", "clm_3"].map((id) => `https://claimdesk.example.org/share/share_abc/claims/${id}`));
  });

  it("leaves out what the bulletin does not know instead of writing nulls", async () => {
    const report = sampleReport({ publisher: null, publishedOn: null, sourceUrl: null });
    const doc = JSON.parse(await streamToString(claimReviewReport(report))) as Node[];
    const claim = doc[0].itemReviewed as Node;
    expect(claim.author).toBeUndefined();
    expect(claim.datePublished).toBeUndefined();
    expect((claim.appearance as Node).url).toBeUndefined();
    expect(JSON.stringify(doc)).not.toContain("null");
  });
});
