// Serves the built app as `next start` does, with one addition: the socket's address goes to the
// app in a header of our own, overwriting whatever a client sent, so throttling per client cannot be
// fooled by a forged X-Forwarded-For (Next only fills that header in when it is missing).
import { createServer } from "node:http";
import path from "node:path";
import next from "next";

const PEER_HEADER = "x-claimdesk-peer";
const port = Number(process.env.PORT ?? 3000);
process.env.CLAIMDESK_PEER_HEADER = "1";

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

/** Whether a path segment holds percent-encoding that does not decode (Next answers those with a bare 500). */
function badlyEncoded(url = "") {
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
function language(req) {
  const chosen = /(?:^|;\s*)claimdesk-locale=(en|zh)(?:;|$)/.exec(req.headers.cookie ?? "")?.[1];
  return chosen ?? (/^\s*en/i.test(req.headers["accept-language"] ?? "") ? "en" : "zh");
}

const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  if (badlyEncoded(req.url)) {
    res.writeHead(400, { "content-type": "application/json", "cache-control": "no-store", "x-content-type-options": "nosniff" });
    res.end(JSON.stringify({ error: { code: "bad_request", message: BAD_PATH[language(req)] } }));
    return;
  }
  handle(req, res);
});
server.listen(port, () => console.log(`Claimdesk is listening on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
