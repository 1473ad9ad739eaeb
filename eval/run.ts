/**
 * npm run eval: the claim engine against the hand-made gold annotations in eval/gold, per bulletin
 * and in all. `--misses` lists every miss; `--draft NAME` prints the engine's reading of
 * eval/bulletins/NAME.txt in the gold format, as a start for a new annotation to correct by hand.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyseBulletin } from "@/lib/engine";
import { EVAL_DIR, loadGold } from "./gold";
import { rates, scoreBulletin, total, type Score } from "./score";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function row(s: Score): string {
  const r = rates(s);
  return `| ${s.name} | ${s.figures} | ${pct(r.valueRecall)} | ${pct(r.fullFieldRecall)} | ${s.falseFigures} | ${s.sharedFigures} | ${s.listHits}/${s.lists} | ${s.statementHits}/${s.claims} (${pct(r.statementQuality)}) |`;
}

function draft(name: string) {
  const text = readFileSync(path.join(EVAL_DIR, "bulletins", `${name}.txt`), "utf8");
  const r = analyseBulletin(text);
  const figures = r.claims.flatMap((c) => c.figures.filter((f) => !f.inherited));
  const value = (f: (typeof figures)[number]) => (f.vague ? "*" : `${f.value}${f.valueMax !== undefined ? `..${f.valueMax}` : ""}`);
  const doc = {
    title: "", genre: "", language: r.language,
    figures: figures.map((f) => [f.text, f.kind, value(f), f.unit ?? "-", f.approx, ...(f.currency ? [f.currency] : [])].join(" | ")),
    lists: r.claims.flatMap((c) => c.checks).map((k) => ({ at: r.cleanText.slice(k.start, k.end), stated: k.stated, listed: k.listed, mode: k.mode })),
    claims: r.claims.map((c) => c.statement),
  };
  console.log(JSON.stringify(doc, null, 2));
}

const args = process.argv.slice(2);
if (args[0] === "--draft") draft(args[1]);
else {
  const scores = loadGold().map((g) => scoreBulletin(g));
  console.log("| bulletin | figures | value recall | full-field recall | false figures | figures in 2+ claims | list checks right | statements exact or accepted |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const s of scores) console.log(row(s));
  console.log(row(total(scores)).replace("| all |", "| **all** |"));
  if (args.includes("--misses")) for (const s of scores) for (const m of s.misses) console.log(`${s.name}: ${m}`);
}
