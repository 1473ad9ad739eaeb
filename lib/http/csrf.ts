import type { Localised } from "@/lib/errors";

// Which state-changing requests the proxy lets through. Pure, so every rule has a test.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Above Next's server-action limit (25 MB), so an upload is refused with a 413, not cut short. */
export const MAX_BODY_BYTES = 26 * 1024 * 1024;

export type Refusal = { status: number; code: "forbidden" | "bad_request" | "too_large"; message: Localised };

type RequestFacts = { method: string; headers: Headers };

function sameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return Boolean(host) && new URL(origin).host === host;
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
export function mutationRefusal({ method, headers }: RequestFacts): Refusal | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const length = Number(headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) {
    return { status: 413, code: "too_large", message: { en: "The request is too large (the limit is 25 MB).", zh: "请求过大（上限为 25 MB）。" } };
  }
  const bearerOnly = /^Bearer\s/i.test(headers.get("authorization") ?? "") && !headers.has("cookie");
  if (!bearerOnly && !sameOrigin(headers)) {
    return {
      status: 403,
      code: "forbidden",
      message: { en: "This request did not come from a Claimdesk page, so it was refused.", zh: "该请求并非来自 Claimdesk 页面，已被拒绝。" },
    };
  }
  if (headers.has("next-action") && !/^(text\/plain|multipart\/form-data)/i.test(headers.get("content-type") ?? "")) {
    return { status: 400, code: "bad_request", message: { en: "This action request is not in a form the app sends.", zh: "该操作请求的格式不是本应用发送的格式。" } };
  }
  return null;
}

/** A server action's plain-text body is always JSON (React's encodeReply); anything else would crash the decoder. */
export function actionBodyRefusal(body: string): Refusal | null {
  try {
    JSON.parse(body);
    return null;
  } catch {
    return { status: 400, code: "bad_request", message: { en: "This action request is not in a form the app sends.", zh: "该操作请求的格式不是本应用发送的格式。" } };
  }
}
