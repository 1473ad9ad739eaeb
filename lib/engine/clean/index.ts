import type { CleaningResult } from "../types";
import { compatibility, lineEndings, traditional } from "./characters";
import { cjkSpacing, trailingSpaces } from "./lines";
import { pageLines, pageMarkers, repeatedHeaders, watermarks } from "./pages";
import { unpairedQuotes } from "./quotes";
import { softLineBreaks } from "./soft-breaks";
import { describe, Rewriter, type Edit, type Piece } from "./rewriter";

export interface CleanOptions {
  /** Convert traditional characters to simplified (default: true). */
  simplify?: boolean;
}

/**
 * Passes run in this order because each relies on the previous ones: page markers are found only
 * after watermarks are gone, soft breaks only after page lines are gone, spacing last because
 * removing quotes can bring two characters together. The layout passes repeat until nothing
 * changes (a removed stray quote can reveal a page break), which keeps cleaning idempotent;
 * NFKC runs among them because deletions can put a letter next to a combining mark.
 */
function characterPasses(options: CleanOptions): ((text: string) => Edit[])[] {
  return [lineEndings, compatibility, ...(options.simplify === false ? [] : [traditional])];
}
const LAYOUT_PASSES = [watermarks, pageLines, repeatedHeaders, pageMarkers, trailingSpaces, softLineBreaks, unpairedQuotes, cjkSpacing, compatibility];
const MAX_ROUNDS = 4;

function run(original: string, options: CleanOptions): Piece[] {
  const rewriter = new Rewriter(original);
  for (const pass of characterPasses(options)) rewriter.apply(pass(rewriter.text));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = rewriter.text;
    for (const pass of LAYOUT_PASSES) rewriter.apply(pass(rewriter.text));
    if (rewriter.text === before) break;
  }
  return rewriter.pieces;
}

/** Clean a bulletin, recording every change against the original text. */
export function cleanText(original: string, options: CleanOptions = {}): CleaningResult {
  const pieces = run(original, options);
  return { original, ...describe(original, pieces) };
}

/**
 * The cleaned text with some changes undone. `rejected` holds indices into `cleanText(original).changes`;
 * every other change stays applied, and the result's changes and offset map describe what remains.
 */
export function undoChanges(original: string, rejected: Iterable<number>, options: CleanOptions = {}): CleaningResult {
  const reject = new Set(rejected);
  let index = -1;
  const pieces = run(original, options).map((p): Piece => {
    if (p.rep === null) return p;
    index++;
    return reject.has(index) ? { os: p.os, oe: p.oe, rep: null } : p;
  });
  return { original, ...describe(original, pieces) };
}
