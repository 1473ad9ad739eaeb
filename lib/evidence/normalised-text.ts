/**
 * A view of a text without whitespace, with a map back to the original offsets. Snapshots of the
 * same page differ in line breaks and spacing (a PDF reflowed, an HTML page re-rendered), and
 * Chinese text breaks lines between any two characters, so quotes are compared without it.
 */
export interface NormalisedText {
  text: string;
  /** `toOriginal[i]` is the offset in the original text of `text[i]`; one extra entry for the end. */
  toOriginal: Int32Array;
}

const SPACE = /\s/;

export function withoutWhitespace(original: string): NormalisedText {
  const chars: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original[i];
    if (SPACE.test(c)) continue;
    chars.push(c);
    map[n++] = i;
  }
  map[n] = original.length;
  return { text: chars.join(""), toOriginal: map.subarray(0, n + 1) };
}

/** Original span of the normalised span [start, end). */
export function originalSpan(view: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: view.toOriginal[start], end: view.toOriginal[start] };
  return { start: view.toOriginal[start], end: view.toOriginal[end - 1] + 1 };
}

/** Normalised offset of an original offset (the first kept character at or after it). */
export function normalisedOffset(view: NormalisedText, original: number): number {
  let lo = 0;
  let hi = view.toOriginal.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.toOriginal[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
