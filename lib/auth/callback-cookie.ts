import { isAcceptableCallback } from "./callback-url";

export const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * The Cookie header without a callback-url cookie that next-auth would refuse (it answers 500 to
 * every page and sign-in while one is set), and the names dropped; null when nothing is dropped.
 */
export function withoutBadCallbackCookie(cookie: string | null, base: string): { cookie: string; dropped: string[] } | null {
  if (!cookie) return null;
  const dropped: string[] = [];
  const kept = cookie.split(";").filter((part) => {
    const [name, ...value] = part.trim().split("=");
    if (!CALLBACK_COOKIES.includes(name)) return true;
    let url: string;
    try {
      url = decodeURIComponent(value.join("="));
    } catch {
      url = "";
    }
    if (url && isAcceptableCallback(url, base)) return true;
    dropped.push(name);
    return false;
  });
  return dropped.length ? { cookie: kept.join(";"), dropped } : null;
}
