import { format, type Catalogue, type Locale } from "@/lib/i18n/catalogue";

// A claim's audit entries as sentences in the reader's language, with before → after for edits;
// internal ids never show.

export type HistoryEntry = { id: string; actor: string | null; action: string; at: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

type Labels = {
  h: Catalogue["history"];
  w: Catalogue["workspace"];
  e: Catalogue["evidence"];
  c: Catalogue["corrections"];
  names: Map<string, string>;
};

// Fields a reader cares about; ids, offsets and counters stay out of the prose.
const SHOWN = ["statement", "kind", "speaker", "status", "verdict", "rationale", "tags", "priority", "assigneeId", "value", "unit", "approx", "stance", "note", "passage", "reason", "check"] as const;

function value(labels: Labels, field: string, v: unknown): string {
  const { h, w, e, c, names } = labels;
  if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return h.none;
  if (Array.isArray(v)) return v.map(String).join("、");
  const s = String(v);
  const table: Record<string, string | undefined> = {
    status: (w as unknown as Record<string, string>)[`status${s}`],
    verdict: (w as unknown as Record<string, string>)[`verdict${s}`],
    kind: (w as unknown as Record<string, string>)[`kind${s}`],
    priority: (c as Record<string, string>)[`priority${s}`],
    stance: (e as Record<string, string>)[`stance${s}`],
    check: (e as Record<string, string>)[`result${s}`],
    approx: (c as Record<string, string>)[`approx.${s}`],
    assigneeId: names.get(s),
  };
  return table[field] ?? s;
}

export function historySentence(locale: Locale, labels: Labels, entry: HistoryEntry): string {
  const { h } = labels;
  const after = entry.after ?? {};
  const action = entry.action === "claim.assign" && !after.assigneeId ? "claim.unassign" : entry.action;
  const template = (h as Record<string, string>)[action] ?? h["claim.other"];
  return format(locale, template, {
    actor: entry.actor ?? h.system,
    verdict: value(labels, "verdict", after.verdict),
    assignee: value(labels, "assigneeId", after.assigneeId),
    stance: value(labels, "stance", after.stance),
    check: value(labels, "check", after.check),
    figure: String(after.figure ?? entry.before?.figure ?? ""),
    source: String(entry.before?.source ?? ""),
  });
}

/** "statement: old wording → new wording", one line per shown field that changed. */
export function historyChanges(labels: Labels, entry: HistoryEntry): string[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  if (entry.action === "claim.propose" || entry.action === "claim.approve") return [];
  // A field missing on one side reads as empty, like null: "unit: none → none" says nothing.
  const same = (k: string) => JSON.stringify(before[k] ?? null) === JSON.stringify(after[k] ?? null);
  return SHOWN.filter((k) => (k in before || k in after) && !same(k)).map((k) => {
    const label = (labels.h as Record<string, string>)[`field${k === "assigneeId" ? "assignee" : k === "check" ? "status" : k}`] ?? k;
    return `${label}: ${value(labels, k, before[k])} → ${value(labels, k, after[k])}`;
  });
}
