import { describe, expect, it } from "vitest";
import { allowedHosts, bareHost, refusalFor, type Refusal } from "./address-policy";

// Addresses as a resolver or a URL literal gives them; null means a public address that may be fetched.
const TABLE: [string, Refusal | null][] = [
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["::1", "loopback"],
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["::127.0.0.1", "loopback"],
  ["10.0.0.1", "private"],
  ["172.16.5.4", "private"],
  ["192.168.1.1", "private"],
  ["::ffff:10.0.0.1", "private"],
  ["::ffff:192.168.0.1", "private"],
  ["fd00::", "private"],
  ["fc00::1", "private"],
  ["fec0::1", "private"],
  ["169.254.169.254", "metadata"],
  ["fd00:ec2::254", "metadata"],
  ["100.100.100.200", "metadata"],
  ["::ffff:169.254.169.254", "metadata"],
  ["169.254.1.1", "linkLocal"],
  ["fe80::1", "linkLocal"],
  ["224.0.0.1", "multicast"],
  ["ff02::1", "multicast"],
  ["255.255.255.255", "multicast"],
  ["0.0.0.0", "unspecified"],
  ["::", "unspecified"],
  ["100.64.0.1", "carrierGradeNat"],
  ["100.127.255.254", "carrierGradeNat"],
  ["192.0.2.1", "reserved"],
  ["198.18.0.1", "reserved"],
  ["240.0.0.1", "reserved"],
  ["2002:7f00:1::", "reserved"],
  ["64:ff9b::7f00:1", "reserved"],
  ["not-an-address", "reserved"],
  ["8.8.8.8", null],
  ["1.1.1.1", null],
  ["203.119.25.1", null],
  ["2606:4700:4700::1111", null],
  ["2001:4860:4860::8888", null],
  ["::ffff:8.8.8.8", null],
];

describe("refusalFor", () => {
  it.each(TABLE)("%s → %s", (address, refusal) => {
    expect(refusalFor(address)).toBe(refusal);
  });

  it("holds at least 25 addresses", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(25);
  });
});

describe("address literals in URLs", () => {
  // The WHATWG URL parser reads decimal, octal, hex and short IPv4 forms as the dotted address;
  // the fetcher checks that form, so none of them slips past as a "name".
  it.each([
    ["http://2130706433/", "loopback"],
    ["http://0177.0.0.1/", "loopback"],
    ["http://0x7f.0.0.1/", "loopback"],
    ["http://127.1/", "loopback"],
    ["http://017700000001/", "loopback"],
    ["http://[::ffff:127.0.0.1]/", "loopback"],
    ["http://[::ffff:a9fe:a9fe]/", "metadata"],
    ["http://0/", "unspecified"],
    ["http://3232235777/", "private"],
  ] as const)("%s → %s", (url, refusal) => {
    expect(refusalFor(bareHost(new URL(url).hostname))).toBe(refusal);
  });
});

describe("allowedHosts", () => {
  it("is empty unless the setting names hosts", () => {
    expect(allowedHosts(undefined).size).toBe(0);
    expect(allowedHosts("").size).toBe(0);
    expect([...allowedHosts(" 127.0.0.1, LocalHost ,[::1]")]).toEqual(["127.0.0.1", "localhost", "::1"]);
  });
});
