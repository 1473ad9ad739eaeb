import type { CleaningChange, CleaningKind, OffsetMap } from "../types";

/** An edit proposed by a cleaning pass, against the text as that pass sees it. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
  kind: CleaningKind;
}

/**
 * One piece of the cleaned text: either a verbatim copy of original[os, oe) (rep === null)
 * or a replacement of it. Pieces partition both texts in order, which is what makes every
 * change undoable on its own and every offset mappable back.
 */
export interface Piece {
  os: number;
  oe: number;
  rep: string | null;
  kind?: CleaningKind;
  alsoKinds?: CleaningKind[];
}

function pieceLength(p: Piece): number {
  return p.rep === null ? p.oe - p.os : p.rep.length;
}

/** Join touching edits of the same kind so `２０２０` is one change, not four. */
export function coalesce(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && last.kind === e.kind && last.end === e.start && e.start !== e.end && last.start !== last.end) {
      out[out.length - 1] = { ...last, end: e.end, replacement: last.replacement + e.replacement };
    } else {
      out.push(e);
    }
  }
  return out;
}

export class Rewriter {
  readonly original: string;
  pieces: Piece[];
  text: string;

  constructor(original: string) {
    this.original = original;
    this.pieces = original.length ? [{ os: 0, oe: original.length, rep: null }] : [];
    this.text = original;
  }

  /** Apply edits (against the current text) and fold them into the piece table. */
  apply(rawEdits: Edit[]): void {
    const edits = coalesce(
      [...rawEdits]
        .filter((e) => e.start >= 0 && e.end <= this.text.length && e.start <= e.end)
        .filter((e) => e.start !== e.end || e.replacement !== "")
        .filter((e) => this.text.slice(e.start, e.end) !== e.replacement)
        .sort((a, b) => a.start - b.start || a.end - b.end),
    );
    if (edits.length === 0) return;
    const pieces = this.pieces.map((p) => ({ ...p }));
    const starts: number[] = new Array(pieces.length);
    let pos = 0;
    for (let i = 0; i < pieces.length; i++) {
      starts[i] = pos;
      pos += pieceLength(pieces[i]);
    }
    const out: Piece[] = [];
    let pi = 0;
    let lastEnd = -1;
    for (const edit of joinWithinChanges(edits, pieces, starts, this.text)) {
      const { start: s, end: e } = edit;
      if (s < lastEnd) continue;
      while (pi < pieces.length && starts[pi] + pieceLength(pieces[pi]) <= s) {
        out.push(pieces[pi]);
        pi++;
      }
      let rs = s;
      let re = e;
      let origStart = -1;
      let origEnd = -1;
      const also: CleaningKind[] = [];
      let j = pi;
      while (j < pieces.length && starts[j] < e) {
        const p = pieces[j];
        const cs = starts[j];
        const ce = cs + pieceLength(p);
        if (p.rep === null) {
          if (cs < s) {
            out.push({ os: p.os, oe: p.os + (s - cs), rep: null });
          }
          if (origStart < 0) origStart = p.os + (Math.max(s, cs) - cs);
          if (ce > e) {
            origEnd = p.os + (e - cs);
            pieces[j] = { os: origEnd, oe: p.oe, rep: null };
            starts[j] = e;
            break;
          }
          origEnd = p.oe;
        } else {
          rs = Math.min(rs, cs);
          re = Math.max(re, ce);
          if (origStart < 0) origStart = p.os;
          origEnd = p.oe;
          if (p.kind) also.push(p.kind, ...(p.alsoKinds ?? []));
        }
        j++;
      }
      if (origStart < 0) {
        const prev = out[out.length - 1];
        origStart = origEnd = prev ? prev.oe : 0;
      }
      const replacement = this.text.slice(rs, s) + edit.replacement + this.text.slice(e, re);
      const piece: Piece = { os: origStart, oe: origEnd, rep: replacement, kind: edit.kind };
      const kinds = [...new Set(also.filter((k) => k !== edit.kind))];
      if (kinds.length) piece.alsoKinds = kinds;
      out.push(piece);
      pi = j;
      lastEnd = re;
    }
    while (pi < pieces.length) out.push(pieces[pi++]);
    this.pieces = out.filter((p) => !(p.rep !== null && p.rep === this.original.slice(p.os, p.oe)));
    this.text = this.pieces.map((p) => (p.rep === null ? this.original.slice(p.os, p.oe) : p.rep)).join("");
  }
}

/**
 * An edit that reaches into an earlier change grows to cover all of it, so a second edit inside
 * that same change would be lost: join such edits into one (compatibility ideographs among other
 * NFKC forms make one change, and every traditional character inside it must be simplified).
 */
function joinWithinChanges(edits: Edit[], pieces: Piece[], starts: number[], text: string): Edit[] {
  const out: Edit[] = [];
  let reach = -1;
  let k = 0;
  for (const edit of edits) {
    const last = out[out.length - 1];
    if (last && edit.start >= last.end && edit.start < reach) {
      out[out.length - 1] = { ...last, end: edit.end, replacement: last.replacement + text.slice(last.end, edit.start) + edit.replacement };
    } else {
      out.push(edit);
    }
    // Apply grows an edit over every replaced piece it overlaps: cs < end and ce > start.
    while (k < pieces.length && starts[k] + pieceLength(pieces[k]) <= edit.start) k++;
    for (let j = k; j < pieces.length && starts[j] < edit.end; j++) {
      if (pieces[j].rep !== null) reach = Math.max(reach, starts[j] + pieceLength(pieces[j]));
    }
  }
  return out;
}

/** Changes and offset map for a piece table; changes listed in text order. */
export function describe(original: string, pieces: Piece[]): { text: string; changes: CleaningChange[]; map: OffsetMap } {
  const n = pieces.length;
  const cs = new Int32Array(n + 1);
  const changes: CleaningChange[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (let i = 0; i < n; i++) {
    const p = pieces[i];
    cs[i] = pos;
    const t = p.rep === null ? original.slice(p.os, p.oe) : p.rep;
    parts.push(t);
    if (p.rep !== null) {
      const change: CleaningChange = {
        kind: p.kind ?? "unicode-compatibility",
        original: original.slice(p.os, p.oe),
        replacement: p.rep,
        at: p.os,
        cleanAt: pos,
      };
      if (p.alsoKinds?.length) change.alsoKinds = p.alsoKinds;
      changes.push(change);
    }
    pos += t.length;
  }
  cs[n] = pos;
  const text = parts.join("");
  const cleanLength = pos;

  // Last piece whose start is <= x (start bias) or < x (end bias); empty pieces never win ties.
  function last(x: number, startOf: (i: number) => number, bias: "start" | "end"): number {
    let lo = 0;
    let hi = n - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (bias === "start" ? startOf(mid) <= x : startOf(mid) < x) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  const map: OffsetMap = {
    toOriginal(c, bias = "start") {
      if (c <= 0) return 0;
      if (c >= cleanLength) return original.length;
      const i = last(c, (k) => cs[k], bias);
      if (i < 0) return 0;
      const p = pieces[i];
      if (p.rep === null) return p.os + (c - cs[i]);
      return bias === "start" ? p.os : p.oe;
    },
    toClean(o, bias = "start") {
      if (o <= 0) return 0;
      if (o >= original.length) return cleanLength;
      const i = last(o, (k) => pieces[k].os, bias);
      if (i < 0) return 0;
      const p = pieces[i];
      if (p.rep === null) return cs[i] + (o - p.os);
      return bias === "start" ? cs[i] : cs[i + 1];
    },
  };
  return { text, changes, map };
}
