import ipaddr from "ipaddr.js";

// Which addresses the server may fetch a source from. ipaddr.js names the range of every address
// (IPv4-mapped and IPv4-compatible IPv6 are read as the IPv4 inside); only public unicast passes.

export type Refusal = "loopback" | "private" | "linkLocal" | "metadata" | "multicast" | "unspecified" | "carrierGradeNat" | "reserved";

// Cloud metadata services answer on these; each is also link-local or private, but deserves its own word.
const METADATA = new Set(["169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200"]);

const REFUSAL_OF_RANGE: Record<string, Refusal> = {
  loopback: "loopback",
  private: "private",
  uniqueLocal: "private",
  deprecatedSiteLocal: "private",
  linkLocal: "linkLocal",
  multicast: "multicast",
  broadcast: "multicast",
  unspecified: "unspecified",
  carrierGradeNat: "carrierGradeNat",
};

/** Why an address may not be fetched from, or null when it is a public unicast address. Not an address at all is "reserved". */
export function refusalFor(address: string): Refusal | null {
  if (!ipaddr.isValid(address)) return "reserved";
  const parsed = ipaddr.process(address);
  if (METADATA.has(parsed.toNormalizedString()) || METADATA.has(parsed.toString())) return "metadata";
  const range = parsed.range();
  if (range === "unicast") return null;
  return REFUSAL_OF_RANGE[range] ?? "reserved";
}

/** The host of a URL as DNS or an address literal: `[::1]` loses its brackets. */
export function bareHost(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}

/**
 * The hosts named in SOURCE_FETCH_ALLOW_HOSTS (comma-separated, e.g. `127.0.0.1,localhost`): fetched
 * from whatever they resolve to, on any port. Empty by default, so loopback and private networks stay closed.
 */
export function allowedHosts(setting = process.env.SOURCE_FETCH_ALLOW_HOSTS): Set<string> {
  return new Set((setting ?? "").split(",").map((h) => bareHost(h.trim().toLowerCase())).filter(Boolean));
}

/** Ports a source may be fetched from on hosts not named in SOURCE_FETCH_ALLOW_HOSTS. */
export const ALLOWED_PORTS = new Set([80, 443, 8000, 8080, 8443]);
