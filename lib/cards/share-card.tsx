import type { ReactElement } from "react";
import type { ReportVerdict } from "@/lib/export/model";
import { FONT_FAMILY } from "./fonts";

// The layout of a share card, for satori: flexbox only, every box with children displays flex.

export const CARD_SIZES = {
  landscape: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
} as const;
export type CardSize = keyof typeof CARD_SIZES;

export type CardContent = {
  size: CardSize;
  kicker: string;
  organisation: string;
  statement: string;
  verdictLabel: string;
  verdict: ReportVerdict;
  verdictHeading: string;
  sourceLine: string;
  date: string;
};

/** Strong enough to read on a phone's timeline; the same hues as the report's verdict badges. */
export const VERDICT_COLOURS: Record<ReportVerdict, string> = {
  ACCURATE: "#1e7b3a",
  MOSTLY_ACCURATE: "#4f8a1f",
  MISLEADING: "#b86200",
  INACCURATE: "#b3261e",
  UNVERIFIABLE: "#565b70",
};

/** Width in half-em units: a Chinese character or full-width sign is two, Latin letters about one. */
const width = (char: string) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1);

/** Long text is cut to a width budget (a card is read at a glance), with an ellipsis. */
export function clip(text: string, budget: number): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  let used = 0;
  for (let i = 0; i < chars.length; i++) {
    used += width(chars[i]);
    if (used > budget) return `${chars.slice(0, i).join("").trimEnd()}…`;
  }
  return chars.join("");
}

export function ShareCard(c: CardContent): ReactElement {
  const square = c.size === "square";
  const colour = VERDICT_COLOURS[c.verdict];
  const statementSize = square ? 54 : 46;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", fontFamily: FONT_FAMILY, color: "#1a1a1a" }}>
      <div style={{ height: 18, background: colour, display: "flex" }} />
      <div style={{ flex: 1, display: "flex", flexDirection: "column", padding: square ? "64px 72px" : "44px 64px" }}>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", fontSize: 28, color: "#555" }}>
          <span style={{ fontWeight: 700, color: colour }}>{c.kicker}</span>
          <span>{c.organisation}</span>
        </div>
        <div style={{ flex: 1, display: "flex", flexDirection: "column", justifyContent: "center" }}>
          <div style={{ display: "flex", fontSize: statementSize, lineHeight: 1.35, fontWeight: 400 }}>
            {`“${c.statement}”`}
          </div>
        </div>
        <div style={{ display: "flex", alignItems: "center", marginBottom: square ? 48 : 28 }}>
          <span style={{ fontSize: 30, color: "#555", marginRight: 20 }}>{c.verdictHeading}</span>
          <span style={{ display: "flex", background: colour, color: "#ffffff", fontSize: square ? 52 : 46, fontWeight: 700, padding: "6px 28px", borderRadius: 12 }}>
            {c.verdictLabel}
          </span>
        </div>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-end", fontSize: 24, color: "#555", borderTop: "2px solid #e2e2e2", paddingTop: 18 }}>
          <span style={{ display: "flex", maxWidth: square ? 700 : 860 }}>{c.sourceLine}</span>
          <span>{c.date}</span>
        </div>
      </div>
    </div>
  );
}
