import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const BLOCKING = new Set(["critical", "serious"]);

export type AxeFinding = { rule: string; impact: string; selector: string; reason: string };

/** Every violation on the page as it is now, one line per offending element. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => ({
      rule: v.id,
      impact: node.impact ?? v.impact ?? "unknown",
      selector: node.target.join(" "),
      // The first line of axe's summary says what to fix; the rest repeats it at length.
      reason: (node.failureSummary ?? v.help).split("\n").slice(0, 2).join(" ").replace(/\s+/g, " ").slice(0, 200),
    })),
  );
}

export const describeFindings = (findings: AxeFinding[]) =>
  findings.map((f) => `  [${f.impact}] ${f.rule} — ${f.selector}\n      ${f.reason}`).join("\n");

/** Fails on any critical or serious violation and prints rule, selector and reason; prints the rest as notes. */
export async function expectAccessible(page: Page, label: string) {
  const findings = await axeFindings(page);
  const blocking = findings.filter((f) => BLOCKING.has(f.impact));
  const notes = findings.filter((f) => !BLOCKING.has(f.impact));
  // One parsable line per scan, so a run's results can be tallied by rule.
  console.log(`axe ${label}: ${JSON.stringify(findings.map((f) => `${f.impact}:${f.rule}`))}`);
  if (notes.length > 0) console.log(`axe ${label}: moderate or minor\n${describeFindings(notes)}`);
  expect(blocking, `axe ${label}: ${blocking.length} critical or serious violation(s)\n${describeFindings(blocking)}`).toEqual([]);
}
