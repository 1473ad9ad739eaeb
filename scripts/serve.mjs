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

const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  handle(req, res);
});
server.listen(port, () => console.log(`Claimdesk is listening on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
