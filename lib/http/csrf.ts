import type { Said } from "@/lib/i18n/catalogue";

// Which state-changing requests the proxy lets through. Pure, so every rule has a test.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Above Next's server-action limit (25 MB), so an upload is refused with a 413, not cut short. */
export const MAX_BODY_BYTES = 26 * 1024 * 1024;

export type Refusal = { status: number; code: "forbidden" | "bad_request" | "not_found" | "too_large"; message: Said };

/** `served`: the origin the request reached (lib/http/origin.ts `servedOrigin`). */
type RequestFacts = { method: string; headers: Headers; served: string };

/** Scheme, host and port, all three: http://claimdesk.test is not https://claimdesk.test. */
function sameOrigin(headers: Headers, served: string): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  try {
    return new URL(origin).origin === new URL(served).origin;
  } catch {
    return false;
  }
}

/**
 * Refuses a cross-site or unverifiable mutation before anything runs: every unsafe request must
 * say it comes from this site (Origin), except an API call that authenticates with a bearer token
 * and carries no cookie (nothing ambient a forged request could borrow). Server actions must come
 * in the encodings Next's client uses.
 */
export function mutationRefusal({ method, headers, served }: RequestFacts): Refusal | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const length = Number(headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) {
    return { status: 413, code: "too_large", message: "request.tooLarge" };
  }
  const bearerOnly = /^Bearer\s/i.test(headers.get("authorization") ?? "") && !headers.has("cookie");
  if (!bearerOnly && !sameOrigin(headers, served)) {
    return {
      status: 403,
      code: "forbidden",
      message: "request.crossSite",
    };
  }
  if (headers.has("next-action") && !/^(text\/plain|multipart\/form-data)/i.test(headers.get("content-type") ?? "")) {
    return { status: 400, code: "bad_request", message: "request.notAppForm" };
  }
  return null;
}
