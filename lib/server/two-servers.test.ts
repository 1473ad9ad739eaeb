import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ADDRESS_FAILURES } from "@/lib/auth/throttle";
import { PEER_HEADER } from "@/lib/http/client-ip";
import { translate, type Message } from "@/lib/i18n/catalogue";
import { isBuilt, startAppServer, type AppServer } from "@/lib/testing/app-server";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";

// Two server processes of the built app on one database, as behind a load balancer: the sign-in
// throttle per client address counts on both, from the address of the socket (never one a client
// claims in our peer header or in X-Forwarded-For). Needs the built app (npm test builds it first).

let t: TestDb;
const servers: AppServer[] = [];
const dataDir = mkdtempSync(path.join(tmpdir(), "claimdesk-two-servers-"));

beforeAll(async () => {
  t = await createTestDb();
  if (!isBuilt()) return;
  for (let i = 0; i < 2; i++) servers.push(await startAppServer({ databaseUrl: t.url, dataDir: path.join(dataDir, String(i)) }));
}, 180_000);
afterAll(async () => {
  for (const server of servers) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  await t?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

/** One sign-in through next-auth's endpoints; answers the error text next-auth redirects with, or "" on success. */
async function signInError(origin: string, email: string, password: string, forged: Record<string, string>): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers: forged });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...forged, "content-type": "application/x-www-form-urlencoded", cookie, origin },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const location = response.headers.get("location") ?? ((await response.json().catch(() => ({}))) as { url?: string }).url ?? "";
  return new URL(location, origin).searchParams.get("error") ?? "";
}

describe.skipIf(!isBuilt())("two app servers on one database", () => {
  it("count failed sign-ins per socket address together, whatever address a client claims", async () => {
    const attempts = MAX_ADDRESS_FAILURES;
    for (let i = 0; i < attempts; i++) {
      // A fresh claimed address and email each time: neither may buy a fresh allowance.
      const forged = { [PEER_HEADER]: `198.51.100.${i + 1}`, "x-forwarded-for": `203.0.113.${i + 1}` };
      expect(await signInError(servers[i % 2].origin, `nobody${i}@example.test`, "wrong password", forged)).not.toBe("");
    }
    const rows = await t.db.loginAttempt.findMany({ select: { ip: true, succeeded: true } });
    expect(rows).toHaveLength(attempts);
    // Every attempt is counted under the loopback socket's address, none under a claimed one.
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set(["127.0.0.1"]));
    for (const server of servers) {
      // The form gets the message's code and parameters, and renders them in the reader's language.
      const refused = JSON.parse(await signInError(server.origin, "someone.else@example.test", "wrong again", { [PEER_HEADER]: "192.0.2.77" })) as Message;
      expect(translate("en", refused)).toMatch(/Too many failed sign-in attempts from your network/);
    }
  }, 120_000);
});
