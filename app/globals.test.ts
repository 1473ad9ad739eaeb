import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/design/contrast";

const css = readFileSync(path.join(__dirname, "globals.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
const root = /:root\s*\{([^}]*)\}/.exec(css)![1];
const tokens = new Map([...root.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
const token = (name: string) => {
  const value = tokens.get(name);
  if (!value) throw new Error(`--${name} is not defined in :root`);
  return value;
};
// Every rule outside :root, as selector and declarations (no nested blocks but @media, which we open).
const rules = [...css.replace(/:root\s*\{[^}]*\}/, "").matchAll(/([^{}@]+)\{([^{}]*)\}/g)].map((m) => ({ selector: m[1].trim(), body: m[2] }));

describe("design tokens in globals.css", () => {
  const badges = [...tokens.keys()].filter((k) => k.startsWith("badge-") && k.endsWith("-bg")).map((k) => k.slice(0, -3));

  it("defines a badge palette", () => {
    expect(badges.length).toBeGreaterThanOrEqual(20);
  });

  it.each(badges)("%s: ink on background reaches 4.5:1", (badge) => {
    expect(contrastRatio(token(`${badge}-ink`), token(`${badge}-bg`))).toBeGreaterThanOrEqual(4.5);
  });

  it("badges take their colours from the tokens only, so a new badge cannot skip the check", () => {
    const badgeRules = rules.filter((r) => /\.badge\b/.test(r.selector));
    expect(badgeRules.length).toBeGreaterThan(10);
    for (const rule of badgeRules) {
      for (const [, property, value] of rule.body.matchAll(/(?:^|;)\s*(background|background-color|color)\s*:\s*([^;]+)/g)) {
        expect(value.trim(), `${rule.selector} { ${property} }`).toMatch(/^var\(--badge-[\w-]+\)$/);
      }
    }
  });

  it("a claim's underline in the bulletin text reaches 3:1 on its tint (WCAG 1.4.11), dismissed claims aside", () => {
    const marks = rules.filter((r) => /^mark\.st-(?!DISMISSED)\w+,/.test(r.selector));
    expect(marks.map((r) => r.selector.split(",")[0])).toEqual(["mark.st-UNVERIFIED", "mark.st-IN_PROGRESS", "mark.st-IN_REVIEW", "mark.st-VERIFIED"]);
    for (const rule of marks) {
      const line = /border-(?:color:|bottom:[^;]*?)\s*(#[0-9a-f]{3,6})\b/i.exec(rule.body)![1];
      const tint = /background:\s*(#[0-9a-f]{3,6})\b/i.exec(rule.body)![1];
      expect(contrastRatio(line, tint), rule.selector).toBeGreaterThanOrEqual(3);
    }
  });

  it("the focus ring reaches 3:1 on every surface it is drawn on", () => {
    for (const surface of ["paper", "canvas", "badge-statistic-bg", "danger-soft"]) {
      expect(contrastRatio(token("focus-ring"), token(surface)), surface).toBeGreaterThanOrEqual(3);
    }
    for (const surface of ["shell", "shell-end"]) {
      expect(contrastRatio(token("focus-ring-on-dark"), token(surface)), surface).toBeGreaterThanOrEqual(3);
    }
  });

  it("every focusable thing gets the project's ring, and dark surfaces the light one", () => {
    expect(rules.find((r) => r.selector === ":focus-visible")?.body).toContain("var(--focus-ring)");
    expect(rules.find((r) => r.selector.includes(".shell-header :focus-visible"))?.body).toContain("var(--focus-ring-on-dark)");
    // Nothing takes the ring away without putting another in its place.
    for (const rule of rules.filter((r) => /outline\s*:\s*(none|0)\b/.test(r.body))) {
      expect(rule.selector).toMatch(/:not\(:focus-visible\)/);
    }
  });
});
