import ipaddr from "ipaddr.js";
import { env } from "@/lib/config/env";

/** Set by scripts/serve.mjs from the socket, overwriting anything a client sent. */
export const PEER_HEADER = "x-claimdesk-peer";

/** One key per client: an IPv4 address, or an IPv6 /64 (one household or server gets a whole /64). */
function keyOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(trimmed)) return null;
  const parsed = ipaddr.process(trimmed);
  if (parsed.kind() === "ipv4") return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16)).join(":")}::/64`;
}

/**
 * The client's address for throttling. X-Forwarded-For is believed only as far as TRUSTED_PROXY
 * proxies appended to it; otherwise the socket's address (from our own server) is used. Without
 * either, every such request shares one key, so a forged header never buys a fresh allowance.
 */
export function clientAddress(headers: Headers, trustedProxies = env().TRUSTED_PROXY): string {
  const peer = process.env.CLAIMDESK_PEER_HEADER === "1" ? headers.get(PEER_HEADER) : null;
  if (trustedProxies > 0) {
    const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    const client = chain.length >= trustedProxies ? chain[chain.length - trustedProxies] : chain[0];
    return keyOf(client) ?? keyOf(peer) ?? "unknown";
  }
  return keyOf(peer) ?? "unknown";
}
