import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callAction, request, signIn } from "@/bench/app-client";
import { hashPassword } from "@/lib/auth/password";
import { isBuilt, startAppServer, type AppServer } from "@/lib/testing/app-server";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, importFixture, type People } from "@/lib/testing/workspace-fixtures";

// A server stopped with SIGTERM while requests are in flight: every acknowledged write is stored,
// nothing is written after the process exits, idle keep-alive sockets do not hold it open, and it
// exits within its deadline. Needs the built app (npm test builds it first).

const PASSWORD = "a long enough password";
let t: TestDb;
let people: People;
let claimIds: string[];
let bulletinId: string;
const dataDir = mkdtempSync(path.join(tmpdir(), "claimdesk-shutdown-"));

beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  await t.db.user.update({ where: { id: people.reviewer.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  const bulletin = await importFixture(t.db, people.editor);
  bulletinId = bulletin.id;
  claimIds = bulletin.claims.map((c) => c.id);
});
afterAll(async () => {
  await t?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!isBuilt())("graceful shutdown", () => {
  it("finishes the requests in flight, keeps every acknowledged write, writes nothing after exit and does not wait for idle sockets", async () => {
    const server: AppServer = await startAppServer({ databaseUrl: t.url, dataDir, env: { SHUTDOWN_TIMEOUT: "20" } });
    const email = (await t.db.user.findUniqueOrThrow({ where: { id: people.reviewer.id } })).email;
    const cookie = await signIn(server.origin, email, PASSWORD);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const page = `/bulletins/${bulletinId}`;

    // An idle keep-alive socket, as a browser leaves one open between polls.
    const idle = new http.Agent({ keepAlive: true, maxSockets: 1 });
    expect((await request(idle, server.origin, "GET", "/api/health/live")).status).toBeLessThan(500);
    let idleClosedAt = Infinity;
    for (const socket of Object.values(idle.freeSockets).flat()) socket?.once("close", () => (idleClosedAt = Date.now()));
    let lastAnswerAt = 0;

    // A steady stream of comments; the signal arrives in the middle of it.
    const acknowledged: string[] = [];
    const refused: number[] = [];
    let stop = false;
    const lanes = Array.from({ length: 16 }, async (_, lane) => {
      for (let i = 0; !stop; i++) {
        try {
          const answer = await callAction<{ id: string }>(agent, server.origin, cookie, page, "addCommentAction", [{ claimId: claimIds[lane % claimIds.length], body: `in flight ${lane}-${i}` }]);
          if (answer.result?.ok) {
            acknowledged.push(answer.result.data.id);
            lastAnswerAt = Date.now();
          }
          else refused.push(answer.status);
        } catch {
          // The connection closed: not acknowledged, so the client would try again elsewhere.
          refused.push(0);
          if (server.child.exitCode !== null) return;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    });
    // Signal once the stream is flowing (the first requests warm the server up).
    for (const deadline = Date.now() + 30_000; acknowledged.length < 20 && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 50));
    const before = acknowledged.length;
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    const code = await server.exited;
    const took = Date.now() - signalled;
    stop = true;
    await Promise.all(lanes);
    agent.destroy();
    idle.destroy();

    expect(code).toBe(0);
    expect(before).toBeGreaterThanOrEqual(20);
    // Some requests were still running when the signal came, and were let finish.
    expect(server.output()).toMatch(/waiting up to 20 s for \d+ request/);
    expect(acknowledged.length).toBeGreaterThan(before);
    // The idle keep-alive socket was closed at once, while requests in flight were still answered
    // (not when the process exited), and the process left as soon as they were done, before its deadline.
    expect(idleClosedAt).toBeLessThan(lastAnswerAt);
    expect(took).toBeLessThan(20_000);
    expect(server.output()).not.toMatch(/did not finish in time/);
    const stored = await t.db.comment.findMany({ where: { body: { startsWith: "in flight" } }, select: { id: true } });
    const storedIds = new Set(stored.map((c) => c.id));
    for (const id of acknowledged) expect(storedIds.has(id), `acknowledged comment ${id} is stored`).toBe(true);
    // Nothing arrives after the exit.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await t.db.comment.count({ where: { body: { startsWith: "in flight" } } })).toBe(stored.length);
    // Requests that raced the shutdown were refused cleanly (503 or a closed socket), never a 500.
    expect(refused.filter((s) => s >= 500 && s !== 503)).toEqual([]);
  }, 120_000);
});
