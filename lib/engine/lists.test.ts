import { describe, expect, it } from "vitest";
import { listCountChecks } from "./checks";
import { extractFigures } from "./figures/extract";
import type { ListCountCheck } from "./types";

const run = (text: string) => listCountChecks(text, { start: 0, end: text.length }, extractFigures(text));

type Row = [text: string, expected: Partial<ListCountCheck> | null];

/** Stated counts against the lists after them, English and Chinese; `null`: no check at all. */
const ROWS: Row[] = [
  ["The agency will open five regional offices: Lima, Accra, Nairobi, Dhaka and Manila.", { stated: 5, listed: 5, mode: "exact", ok: true }],
  ["The agency will open five regional offices: Lima, Accra, Nairobi and Dhaka.", { stated: 5, listed: 4, mode: "exact", ok: false }],
  ["The four partners — the Lumen Foundation, Health Bridge and the Andes Institute — signed.", { stated: 4, listed: 3, mode: "exact", ok: false, unknown: ["the Lumen Foundation", "Health Bridge", "the Andes Institute"] }],
  ["The three partners leading the response — Relief Now, the Red Crescent and ShelterAid — met.", { stated: 3, listed: 3, ok: true }],
  ["Aid reached 14 countries, including Ghana, Kenya and Peru, by June.", { stated: 14, listed: 3, mode: "at-most", ok: true, recognised: ["Ghana", "Kenya", "Peru"] }],
  ["Teams visited 2 countries, such as Chile, Peru and Bolivia.", { stated: 2, listed: 3, mode: "at-most", ok: false }],
  ["Six projects, including a 50 MW wind farm in the Philippines and a hydropower upgrade in Laos, were completed.", { stated: 6, listed: 2, mode: "at-most", ok: true }],
  ["The council runs three programmes (Safe Homes, Warm Winter and Clean Air).", { stated: 3, listed: 3, mode: "exact", ok: true }],
  ["Supplies went to 3 cities, namely Leeds, York and Hull.", { stated: 3, listed: 3, mode: "exact", ok: true }],
  ["全市设立5个区域服务中心：东城、西城、南湖、北岭和江北。", { stated: 5, listed: 5, mode: "exact", ok: true }],
  ["新增了中医、康复等6个科室。", { stated: 6, listed: 2, mode: "at-most", ok: true }],
  ["已在北京、天津、重庆、成都、郑州等12个城市开展试点。", { stated: 12, listed: 5, mode: "at-most", ok: true }],
  ["我们向蒙古国、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦共5个国家派出评估组。", { stated: 5, listed: 4, mode: "exact", ok: false }],
  ["今年新建服务中心14个，分别为东城区3个、西城区5个、南湖区4个、北岭区2个。", null],
  ["The plan brings together 85 governments, agencies and foundations.", null],
  // The list after a dash belongs to the count nearest it, not to an earlier count in the same clause.
  ["Crews cleared 40 wells in the two districts — Tana and Lamu.", { stated: 2, listed: 2, ok: true, start: 30 }],
];

describe("list checks, second round", () => {
  it.each(ROWS)("%s", (text, expected) => {
    const checks = run(text);
    if (expected === null) return expect(checks).toEqual([]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject(expected);
    expect(checks[0].start).toBeLessThan(checks[0].end);
  });
});
