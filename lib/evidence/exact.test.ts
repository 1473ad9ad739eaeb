import { describe, expect, it } from "vitest";
import { compare, decimalOf, lastNonZeroPlace, relativeDifference, roundingInterval, toDecimalString } from "./exact";

describe("exact decimals", () => {
  it("reads figure values without float noise", () => {
    expect(toDecimalString(decimalOf(114000000))).toBe("114000000");
    expect(toDecimalString(decimalOf(0.3))).toBe("0.3");
    expect(toDecimalString(decimalOf(2.23e25))).toBe("22300000000000000000000000");
    expect(toDecimalString(decimalOf(1.5e-7))).toBe("0.00000015");
  });

  it("compares where floats would not", () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    const sum = { n: 3n, s: 1 }; // 0.1 + 0.2 done exactly
    expect(compare(sum, decimalOf(0.3))).toBe(0);
    expect(compare(decimalOf(22340000000), decimalOf(22300000000))).toBe(1);
  });

  it("finds the last written place and the rounding interval", () => {
    expect(lastNonZeroPlace(decimalOf(114000000))).toBe(6);
    expect(lastNonZeroPlace(decimalOf(2.5))).toBe(-1);
    const [lo, hi] = roundingInterval(decimalOf(22300000000), 8);
    expect([toDecimalString(lo), toDecimalString(hi)]).toEqual(["22250000000", "22350000000"]);
  });

  it("gives the relative difference against the source", () => {
    expect(relativeDifference(decimalOf(200), decimalOf(180))).toBeCloseTo(0.1111, 4);
    expect(relativeDifference(decimalOf(5), decimalOf(0))).toBeUndefined();
  });
});
