import type { SourceNumber } from "./numbers";

/**
 * A source's numbers that name nothing a claim can be matched on (no words of their own, or words
 * in the other language without a known concept), grouped by kind and unit and sorted by size.
 * Such a number is evidence only when its value agrees with the claim's, so a figure reads just
 * those within reach of its value instead of all of them. The window is wider than the matcher's
 * own test, which still decides every number read.
 */
export interface ValueIndex {
  groups: ValueGroup[];
  /** Numbers whose value cannot be ordered: always read. */
  unordered: number[];
}

export interface ValueGroup {
  /** One number of the group: every number of it has the same kind and unit, so it stands for all in the unit test. */
  sample: SourceNumber;
  /** The group's numbers by size (absolute value), ascending, with their sizes alongside. */
  order: number[];
  sizes: Float64Array;
}

export function valueIndex(numbers: SourceNumber[], members: Iterable<number>): ValueIndex {
  const byKey = new Map<string, number[]>();
  const unordered: number[] = [];
  for (const i of members) {
    const n = numbers[i];
    if (Number.isNaN(Number(n.value))) {
      unordered.push(i);
      continue;
    }
    const key = `${n.kind}\u0000${n.unit ?? "\u0001"}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  const groups = [...byKey.values()].map((list) => {
    const order = list.map((i) => ({ i, size: Math.abs(Number(numbers[i].value)) })).sort((a, b) => a.size - b.size || a.i - b.i);
    return { sample: numbers[list[0]], order: order.map((o) => o.i), sizes: Float64Array.from(order, (o) => o.size) };
  });
  return { groups, unordered };
}

/** Slack on the window's ends so that float rounding in the matcher's own test never loses a number. */
const SLACK = 1e-9;

/**
 * The group's numbers whose size times `factor` lies within `reach` (a ratio ≥ 1) of `size`:
 * for the matcher's closeness ≥ 0.5, reach is √10.
 */
export function* withinReach(group: ValueGroup, size: number, factor: number, reach: number): Generator<number> {
  const lo = (size / reach / factor) * (1 - SLACK);
  const hi = (size * reach / factor) * (1 + SLACK);
  for (let k = firstAtLeast(group.sizes, lo); k < group.sizes.length && group.sizes[k] <= hi; k++) yield group.order[k];
}

function firstAtLeast(sizes: Float64Array, value: number): number {
  let lo = 0;
  let hi = sizes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sizes[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
