import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import type { PublishedClaim } from "@/lib/reports/published";
import { sampleBulletin, sampleClaims } from "@/lib/export/fixtures/report";
import { fontsFor } from "./fonts";
import { cardContent, renderCard } from "./render";
import { CARD_SIZES, clip } from "./share-card";

// Reference cards, looked at by a person when they were made; refresh them after a deliberate
// change of the layout with UPDATE_CARD_REFERENCES=1.
const REFERENCES = path.join(import.meta.dirname, "fixtures");
/** Share of pixels allowed to differ: anti-aliasing may vary with the renderer's build, a layout change does not stay under it. */
const TOLERANCE = 0.005;

const claims = sampleClaims() as PublishedClaim[];
const CASES = [
  { name: "zh-landscape", bulletin: sampleBulletin({ language: "zh" }), claim: claims[0], size: "landscape" as const },
  { name: "en-square", bulletin: sampleBulletin({ language: "en", title: "Hexi Daily: first-quarter economy" }), claim: claims[2], size: "square" as const },
];

function differingShare(actual: Buffer, reference: Buffer): number {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(reference);
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  const diff = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
  return diff / (a.width * a.height);
}

describe("share cards", () => {
  it.each(CASES)("$name matches its reference image within the tolerance", async ({ name, bulletin, claim, size }) => {
    const png = await renderCard(cardContent(bulletin, claim, size));
    const file = path.join(REFERENCES, `${name}.png`);
    if (process.env.UPDATE_CARD_REFERENCES || !existsSync(file)) writeFileSync(file, png);
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([CARD_SIZES[size].width, CARD_SIZES[size].height]);
    expect(differingShare(png, readFileSync(file))).toBeLessThan(TOLERANCE);
  }, 60_000);

  it("differs from the reference when the verdict or the text changes, so the comparison can fail", async () => {
    const { bulletin, claim, size } = CASES[0];
    const reference = readFileSync(path.join(REFERENCES, "zh-landscape.png"));
    const otherVerdict = await renderCard(cardContent(bulletin, { ...claim, verdict: "INACCURATE" }, size));
    expect(differingShare(otherVerdict, reference)).toBeGreaterThan(TOLERANCE);
    const otherText = await renderCard(cardContent(bulletin, { ...claim, statement: "河西市统计局称，今年二季度全市接待游客298万人次。" }, size));
    expect(differingShare(otherText, reference)).toBeGreaterThan(TOLERANCE);
  }, 60_000);

  it("says the claim, the verdict, the organisation and the date in the card's language", () => {
    const zh = cardContent(sampleBulletin(), claims[0], "landscape");
    expect(zh).toMatchObject({ kicker: "事实核查", verdictLabel: "准确", organisation: "核查台 Claimdesk", date: "2025年4月21日" });
    expect(zh.statement).toBe(claims[0].statement);
    const en = cardContent(sampleBulletin(), claims[0], "landscape", "en");
    expect(en).toMatchObject({ kicker: "Fact check", verdictLabel: "Accurate", verdictHeading: "Verdict", date: "21 April 2025" });
    expect(en.sourceLine).toMatch(/^Claim made in: 河西日报/);
  });

  it("cuts a long statement with an ellipsis, and finds a font for every Chinese and Latin character", () => {
    expect(clip("一二三四五六", 8)).toBe("一二三四…");
    expect(clip("abcdefgh", 4)).toBe("abcd…");
    expect(clip("short", 10)).toBe("short");
    const long = cardContent(sampleBulletin(), { ...claims[0], statement: "全市".repeat(200) }, "landscape");
    expect([...long.statement]).toHaveLength(81);
    const fonts = fontsFor("核查台 Claimdesk 2025年4月21日 “准确” —…", 400);
    expect(fonts.length).toBeGreaterThan(1);
    expect(new Set(fonts.map((f) => f.name)).size).toBe(fonts.length);
  });
});
