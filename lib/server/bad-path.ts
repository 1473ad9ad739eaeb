import type http from "node:http";
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

const BAD_PATH = {
  en: "This address is not valid: it holds percent-encoding that does not decode.",
  zh: "该地址无效：其中的百分号编码无法解码。",
};

/** The interface language, by the rule every page follows. */
function language(request: http.IncomingMessage) {
  const chosen = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(request.headers.cookie ?? "")?.[1];
  return pickLocale(chosen, request.headers["accept-language"]);
}

/** Answers a badly encoded path with a 400 and returns true; leaves any other request alone. */
export function refuseBadPath(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (!badlyEncoded(request.url)) return false;
  response.writeHead(400, { "content-type": "application/json", "cache-control": "no-store", "x-content-type-options": "nosniff" });
  response.end(JSON.stringify({ error: { code: "bad_request", message: BAD_PATH[language(request)] } }));
  return true;
}
