import type http from "node:http";

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

/** The interface language, as proxy.ts picks it: the chosen one, else the browser's. */
function language(request: http.IncomingMessage): "en" | "zh" {
  const chosen = /(?:^|;\s*)claimdesk-locale=(en|zh)(?:;|$)/.exec(request.headers.cookie ?? "")?.[1] as "en" | "zh" | undefined;
  return chosen ?? (/^\s*en/i.test(request.headers["accept-language"] ?? "") ? "en" : "zh");
}

/** Answers a badly encoded path with a 400 and returns true; leaves any other request alone. */
export function refuseBadPath(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (!badlyEncoded(request.url)) return false;
  response.writeHead(400, { "content-type": "application/json", "cache-control": "no-store", "x-content-type-options": "nosniff" });
  response.end(JSON.stringify({ error: { code: "bad_request", message: BAD_PATH[language(request)] } }));
  return true;
}
