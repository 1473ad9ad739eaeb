import type http from "node:http";
import { translate, type Locale } from "@/lib/i18n/catalogue";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/pick-locale";

// Next answers a path whose percent-encoding does not decode (`/bulletins/%ff`) with a bare 500
// before any of our code runs, so the HTTP server answers it first, in the standard error shape.

/** Whether a path segment holds percent-encoding that does not decode. */
export function badlyEncoded(url = ""): boolean {
  try {
    for (const segment of url.split("?")[0].split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

/** The interface language, as proxy.ts picks it: the chosen one, else the browser's. */
function language(request: http.IncomingMessage): Locale {
  const chosen = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(request.headers.cookie ?? "")?.[1];
  return pickLocale(chosen, request.headers["accept-language"]);
}

/** Answers a badly encoded path with a 400 and returns true; leaves any other request alone. */
export function refuseBadPath(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (!badlyEncoded(request.url)) return false;
  response.writeHead(400, { "content-type": "application/json", "cache-control": "no-store", "x-content-type-options": "nosniff" });
  response.end(JSON.stringify({ error: { code: "bad_request", key: "request.badPath", message: translate(language(request), "request.badPath") } }));
  return true;
}
