import { describe, expect, it } from "vitest";
import { claimReviewReport } from "./claim-review";
import { expandOffline } from "./fixtures/document-loader";
import { sampleReport } from "./fixtures/report";
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
  it("reviews only VERIFIED claims with a verdict, in bulletin order", async () => {
    const { doc, expanded } = await expandedReviews();
    expect(Array.isArray(doc)).toBe(true);
    expect(expanded.map((r) => r["@type"])).toEqual([[`${S}ClaimReview`], [`${S}ClaimReview`], [`${S}ClaimReview`]]);
    // Claim 4 has a proposed verdict but is only IN_REVIEW; claim 5 has none.
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
    expect(values(review, `${S}datePublished`)[0]).toEqual({ "@value": "2025-04-16", "@type": `${S}Date` });
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
