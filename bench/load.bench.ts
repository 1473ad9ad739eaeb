/**
 * npm run bench:load [-- --db sqlite|postgresql|both] [--seconds N] [--reviewers N] [--readers N]
 *
 * Starts the built app (as `npm start` does: one process per core) on a fresh database with a
 * fixture bulletin, signs in the reviewers and runs a bounded mix for a fixed time: open the
 * workspace, poll for changes, open a claim, comment, start, check a figure, propose. Then the same
 * with readers only. Each phase is followed by its baseline, measured in the same run: the same
 * users, at the same pace, against a bare Node route of the same server doing one read and one
 * write on the same database. Prints count, p50/p95/p99 and errors per operation and each p95's
 * ratio to the baseline's, checks that every acknowledged comment is stored, and measures a single
 * reviewer's action round trip in the browser (median of 20). On PostgreSQL two servers share the
 * database and the users are spread over both, as behind a load balancer. Loopback only; every
 * loop is bounded in time.
 */
import http from "node:http";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { chromium } from "@playwright/test";
import { callAction, request, signIn } from "./app-client";
import { buildBulletin } from "./corpus";
import { hashPassword } from "@/lib/auth/password";
import { createDb, type Db } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";
import { importBulletin } from "@/lib/bulletins/import";
import { createMigratedDatabase, pgBinDir, startPgServer, stopPgServer, type PgServer } from "@/lib/testing/pg-server";

const root = path.resolve(import.meta.dirname, "..");
const work = path.join(root, ".tmp", "bench-load");
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SECONDS = Number(option("seconds", "12"));
const REVIEWERS = Number(option("reviewers", "50"));
const READERS = Number(option("readers", "200"));
const DBS = option("db", "both");
// --profile DIR: the servers write V8 CPU profiles there (node --cpu-prof) when they stop.
const PROFILE = option("profile", "");
const BROWSER = !args.includes("--no-browser");
// --costs: before the load, each operation alone, one after another: server CPU per request.
const COSTS = args.includes("--costs");
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55437);
const PASSWORD = "bench password 1234";
const SECRET = "bench-secret-bench-secret-bench-secret-00";

type Op = "workspace" | "poll" | "open claim" | "comment" | "start" | "check figure" | "propose" | "baseline";
type Sample = { op: Op; ms: number; ok: boolean };
type ClaimState = { id: string; version: number; status: string; figures: { id: string; checked: boolean }[] };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const think = () => sleep(100 + Math.random() * 200);
const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

async function seed(db: Db) {
  const passwordHash = await hashPassword(PASSWORD);
  const editor = await db.user.create({ data: { email: "editor@bench.test", name: "Bench Editor", passwordHash, role: "EDITOR" }, select: { id: true } });
  await db.user.createMany({ data: Array.from({ length: Math.max(REVIEWERS, 1) }, (_, i) => ({ email: `reviewer${i}@bench.test`, name: `Reviewer ${i}`, passwordHash, role: "REVIEWER" as const })) });
  const { id } = await importBulletin(db, { id: editor.id, role: "EDITOR", active: true }, {
    title: "Load", publisher: undefined, language: "zh", originalText: buildBulletin(400_000), rejectedChanges: [],
  });
  const claims = await db.claim.findMany({ where: { bulletinId: id }, select: { id: true, version: true, status: true, figures: { select: { id: true } } }, orderBy: { start: "asc" } });
  return { bulletinId: id, claims: claims.map((c) => ({ id: c.id, version: c.version, status: c.status as string, figures: c.figures.map((f) => ({ id: f.id, checked: false })) })) };
}

function startServer(port: number, databaseUrl: string, dataDir: string): { child: ChildProcess; origin: string; ready: Promise<void> } {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), [...(PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(PROFILE)}`] : []), "scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, DATA_DIR: dataDir, NEXTAUTH_SECRET: SECRET, CLAIMDESK_BENCH_BASELINE: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  child.stdout!.resume();
  const ready = (async () => {
    const deadline = Date.now() + 300_000;
    for (;;) {
      try {
        if ((await fetch(`${origin}/api/health/ready`)).ok) return;
      } catch {}
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the server on port ${port} did not start`);
      await sleep(300);
    }
  })();
  return { child, origin, ready };
}

async function stopServer(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {}
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
}

type Phase = { name: string; users: number; origins: string[]; cookies: string[]; run: (user: number, origin: string, cookie: string, agent: http.Agent, record: (s: Sample) => void, until: number) => Promise<void> };

/** CPU seconds used so far by every process in these process groups (the servers), from /proc. */
function groupCpuSeconds(groups: number[]): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      // Fields after the command's closing parenthesis: state is 3rd, pgrp 5th, utime 14th, stime 15th.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      if (groups.includes(Number(fields[2]))) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {}
  }
  return ticks / 100;
}

let serverGroups: number[] = [];
type PhaseCpu = { client: number; servers: number; serverSeconds: number };
const phaseCpu = new Map<string, PhaseCpu>();

async function runPhase(phase: Phase): Promise<Sample[]> {
  const cpuStart = process.cpuUsage();
  const serversStart = groupCpuSeconds(serverGroups);
  const wallStart = performance.now();
  const samples: Sample[] = [];
  const until = Date.now() + SECONDS * 1000;
  // Idle sockets are dropped after 4 s, before the server closes them at 5 s: Node's agent heeds the
  // server's Keep-Alive hint only below a timeout of its own, and without one it sends now and then
  // on a socket the server is closing (ECONNRESET), which a browser would retry and this would count.
  const agents = phase.origins.map(() => new http.Agent({ keepAlive: true, maxSockets: phase.users, timeout: 4_000 }));
  await Promise.all(Array.from({ length: phase.users }, (_, u) => {
    const s = u % phase.origins.length;
    return phase.run(u, phase.origins[s], phase.cookies[u % phase.cookies.length], agents[s], (x) => samples.push(x), until);
  }));
  for (const a of agents) a.destroy();
  const wall = (performance.now() - wallStart) / 1000;
  const used = process.cpuUsage(cpuStart);
  // Cores in use on average: whether the load generator, not the server, is what is saturated.
  const serverSeconds = groupCpuSeconds(serverGroups) - serversStart;
  phaseCpu.set(phase.name, { client: (used.user + used.system) / 1e6 / wall, servers: serverSeconds / wall, serverSeconds });
  return samples;
}

// The first failures, with what the server answered, printed after the tables.
const failures: string[] = [];
const noteFailure = (op: Op, what: string) => {
  if (failures.length < 10) failures.push(`${op}: ${what.replace(/\s+/g, " ").slice(0, 300)}`);
};

async function timed(op: Op, record: (s: Sample) => void, call: () => Promise<{ status: number; ok?: boolean; body?: string }>): Promise<boolean> {
  const t = performance.now();
  try {
    const answer = await call();
    const ok = answer.ok ?? (answer.status >= 200 && answer.status < 400);
    record({ op, ms: performance.now() - t, ok });
    if (!ok) noteFailure(op, `${answer.status} ${answer.body ?? ""}`);
    return ok;
  } catch (error) {
    record({ op, ms: performance.now() - t, ok: false });
    noteFailure(op, `no answer: ${(error as Error).message}`);
    return false;
  }
}

function baselinePhase(name: string, users: number, origins: string[]): Phase {
  return {
    name, users, origins, cookies: [""],
    run: async (_u, origin, _c, agent, record, until) => {
      while (Date.now() < until) {
        await timed("baseline", record, () => request(agent, origin, "GET", "/__bench/baseline"));
        await think();
      }
    },
  };
}

function report(title: string, samples: Sample[], baseline: Sample[], phase: string) {
  const base = baseline.filter((s) => s.ok).map((s) => s.ms).sort((a, b) => a - b);
  const baseP95 = pct(base, 95);
  const seconds = SECONDS;
  console.log(`\n${title}: ${(samples.length / seconds).toFixed(0)} requests/s (baseline ${(baseline.length / seconds).toFixed(0)}/s)`);
  const cpu = phaseCpu.get(phase);
  if (cpu) console.log(`cores busy on average: servers ${cpu.servers.toFixed(2)}, this load generator ${cpu.client.toFixed(2)} (of ${availableParallelism()}); server CPU per request ${((cpu.serverSeconds * 1000) / Math.max(samples.length, 1)).toFixed(1)} ms`);
  console.log("operation        count     p50     p95     p99  errors   p95/baseline");
  const ops = [...new Set(samples.map((s) => s.op))];
  for (const op of [...ops, "baseline" as Op]) {
    const all = op === "baseline" ? baseline : samples.filter((s) => s.op === op);
    const times = all.filter((s) => s.ok).map((s) => s.ms).sort((a, b) => a - b);
    const errors = all.filter((s) => !s.ok).length;
    const p95 = pct(times, 95);
    console.log(`${op.padEnd(15)} ${String(all.length).padStart(6)} ${pct(times, 50).toFixed(0).padStart(6)}ms ${p95.toFixed(0).padStart(6)}ms ${pct(times, 99).toFixed(0).padStart(6)}ms ${String(errors).padStart(6)}   ${op === "baseline" ? "" : `${(p95 / baseP95).toFixed(1)}×`}`);
  }
}

/** Each operation alone, one request at a time: wall time and the servers' CPU time per request. */
async function requestCosts(origin: string, cookie: string, bulletinId: string, claims: ClaimState[]) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const page = `/bulletins/${bulletinId}`;
  // Claims neither the load phases (they keep off the last 30) nor the browser (the last 25) use.
  const spare = claims.slice(-30, -25);
  const ops: [Op, number, (i: number) => Promise<unknown>][] = [
    ["baseline", 100, () => request(agent, origin, "GET", "/__bench/baseline")],
    // Next.js's own cost: a route with no session and no database.
    ["next.js, no database" as Op, 100, () => request(agent, origin, "GET", "/api/health/live")],
    ["poll", 100, () => request(agent, origin, "GET", `/api/v1/bulletins/${bulletinId}/changes?version=1`, { cookie })],
    ["open claim", 50, (i) => request(agent, origin, "GET", `/api/v1/claims/${claims[i].id}`, { cookie })],
    ["comment", 50, (i) => callAction(agent, origin, cookie, page, "addCommentAction", [{ claimId: claims[i].id, body: `cost ${i}` }])],
    ["workspace", 10, () => request(agent, origin, "GET", page, { cookie })],
  ];
  console.log("\neach operation alone          wall    server CPU");
  for (const [op, n, run] of ops) {
    await run(0);
    const cpu = groupCpuSeconds(serverGroups);
    const t = performance.now();
    for (let i = 1; i <= n; i++) await run(i);
    console.log(`${op.padEnd(24)} ${((performance.now() - t) / n).toFixed(1).padStart(7)} ms ${(((groupCpuSeconds(serverGroups) - cpu) * 1000) / n).toFixed(1).padStart(7)} ms`);
  }
  // Start on claims nobody else touches, so each is a real write.
  const cpu = groupCpuSeconds(serverGroups);
  const t = performance.now();
  for (const claim of spare) await callAction(agent, origin, cookie, page, "startClaimAction", [{ claimId: claim.id, version: claim.version }]);
  const n = spare.length;
  console.log(`${"start".padEnd(24)} ${((performance.now() - t) / n).toFixed(1).padStart(7)} ms ${(((groupCpuSeconds(serverGroups) - cpu) * 1000) / n).toFixed(1).padStart(7)} ms`);
  agent.destroy();
}

// Timed in the page, from the click to the first frame after the new status is in the panel: a
// Playwright locator waiting for the text would instead time its own polling, which searches the
// whole document (thousands of claim marks) each time and takes the main thread from the page.
const CLICK_TO_STATUS = `new Promise((resolve) => {
  const panel = document.querySelector('[data-testid="claim-panel"]');
  const button = [...panel.querySelectorAll("button")].find((b) => b.textContent.trim() === "Start working");
  const shown = () => [...panel.querySelectorAll("*")].some((e) => e.childElementCount === 0 && e.textContent === "In progress");
  const t = performance.now();
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const end = performance.now();
      // The action's own request, to tell the browser's part from the server's.
      const call = performance.getEntriesByType("resource").filter((e) => e.initiatorType === "fetch" && e.startTime >= t).at(0);
      resolve({ total: end - t, before: call ? call.startTime - t : NaN, request: call ? call.responseEnd - call.startTime : NaN });
    });
  });
  observer.observe(panel, { subtree: true, childList: true, characterData: true });
  button.click();
})`;

/** One reviewer, alone, in the browser: from the click on Start to the new status on screen. */
async function browserRoundTrip(origin: string, bulletinId: string, claims: ClaimState[]): Promise<{ total: number; before: number; request: number }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies([{ name: "claimdesk-locale", value: "en", url: origin }]);
    const page = await context.newPage();
    await page.goto(`${origin}/signin`);
    await page.getByLabel(/Email/).fill(`reviewer${REVIEWERS - 1}@bench.test`);
    await page.getByLabel(/^Password$/).fill(PASSWORD);
    await page.getByRole("button", { name: /^Sign in$/ }).click();
    await page.waitForURL(/\/bulletins/);
    const times: { total: number; before: number; request: number }[] = [];
    const fresh = claims.filter((c) => c.status === "UNVERIFIED").slice(-25);
    for (const claim of fresh.slice(0, 20)) {
      await page.goto(`${origin}/bulletins/${bulletinId}?claim=${claim.id}`);
      const panel = page.getByTestId("claim-panel");
      await panel.getByRole("button", { name: "Start working" }).waitFor();
      times.push((await page.evaluate(CLICK_TO_STATUS)) as { total: number; before: number; request: number });
      await panel.getByText("In progress", { exact: true }).waitFor();
    }
    const median = (pick: (t: (typeof times)[number]) => number) => times.map(pick).sort((a, b) => a - b)[Math.floor(times.length / 2)];
    return { total: median((t) => t.total), before: median((t) => t.before), request: median((t) => t.request) };
  } finally {
    await browser.close();
  }
}

async function benchmark(dialect: "sqlite" | "postgresql") {
  const dir = path.join(work, dialect);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let pgServer: PgServer | undefined;
  let url: string;
  if (dialect === "sqlite") {
    url = `file:${path.join(dir, "claimdesk.db")}`;
    await migrateDatabase(url, { log: () => {} });
  } else {
    pgServer = startPgServer({ dir: path.join(dir, "pg"), port: PG_PORT });
    url = await createMigratedDatabase(pgServer, "claimdesk");
  }
  const db = createDb(url);
  const servers: ChildProcess[] = [];
  try {
    const { bulletinId, claims } = await seed(db);
    const serverCount = dialect === "postgresql" ? 2 : 1;
    const started = Array.from({ length: serverCount }, (_, i) => startServer(PORT + i, url, path.join(dir, `data${i}`)));
    servers.push(...started.map((s) => s.child));
    serverGroups = started.map((s) => s.child.pid!);
    await Promise.all(started.map((s) => s.ready));
    const origins = started.map((s) => s.origin);
    const processes = serverCount * availableParallelism();
    console.log(`\n=== ${dialect === "sqlite" ? "SQLite" : "PostgreSQL"}: ${serverCount} server${serverCount > 1 ? "s" : ""} (${processes} processes), ${claims.length} claims, ${SECONDS} s per phase`);
    // Four sign-ins at a time, as a desk arrives over a few minutes rather than in one instant (each
    // is a deliberately slow password check).
    const cookies: string[] = [];
    for (let i = 0; i < REVIEWERS; i += 4) {
      const batch = Array.from({ length: Math.min(4, REVIEWERS - i) }, (_, j) => signIn(origins[(i + j) % origins.length], `reviewer${i + j}@bench.test`, PASSWORD));
      cookies.push(...(await Promise.all(batch)));
    }
    const page = `/bulletins/${bulletinId}`;
    const acknowledged: string[] = [];
    let bulletinVersion = 1;
    let readersFrom = 1;

    const reviewers: Phase = {
      name: "reviewers", users: REVIEWERS, origins, cookies,
      run: async (u, origin, cookie, agent, record, until) => {
        const mine = claims.filter((_, i) => i % REVIEWERS === u && i < claims.length - 30);
        let version = bulletinVersion;
        for (let i = 0; Date.now() < until; i++) {
          const claim = mine[i % mine.length];
          const roll = Math.random();
          if (roll < 0.4) {
            await timed("poll", record, async () => {
              const a = await request(agent, origin, "GET", `/api/v1/bulletins/${bulletinId}/changes?version=${version}`, { cookie });
              if (a.status === 200) version = (JSON.parse(a.body) as { version: number }).version;
              return a;
            });
          } else if (roll < 0.55) {
            await timed("open claim", record, () => request(agent, origin, "GET", `/api/v1/claims/${claim.id}`, { cookie }));
          } else if (roll < 0.6) {
            await timed("workspace", record, () => request(agent, origin, "GET", page, { cookie }));
          } else if (roll < 0.75) {
            await timed("comment", record, async () => {
              const a = await callAction<{ id: string }>(agent, origin, cookie, page, "addCommentAction", [{ claimId: claim.id, body: `load ${u}-${i}` }]);
              if (a.result?.ok) acknowledged.push(a.result.data.id);
              return { status: a.status, ok: a.result?.ok === true, body: a.body };
            });
          } else {
            const step = async (op: Op, name: string, input: Record<string, unknown>, next: string) => timed(op, record, async () => {
              const a = await callAction<{ version: number }>(agent, origin, cookie, page, name, [{ claimId: claim.id, version: claim.version, ...input }]);
              if (a.result?.ok) {
                claim.version = a.result.data.version;
                claim.status = next;
              }
              // A refused step (another reviewer got there first) is an answer, not an error.
              return { status: a.status, ok: a.result !== undefined, body: a.body };
            });
            const unchecked = claim.figures.find((f) => !f.checked);
            if (claim.status === "UNVERIFIED") await step("start", "startClaimAction", {}, "IN_PROGRESS");
            else if (claim.status === "IN_PROGRESS" && unchecked) {
              const ok = await step("check figure", "recordFigureCheckAction", { figureId: unchecked.id, result: "NOT_CHECKABLE", note: "Load test: no public source." }, "IN_PROGRESS");
              if (ok) unchecked.checked = true;
            } else if (claim.status === "IN_PROGRESS") await step("propose", "proposeVerdictAction", { verdict: "UNVERIFIABLE", rationale: "No public data (load test)." }, "IN_REVIEW");
            else await timed("open claim", record, () => request(agent, origin, "GET", `/api/v1/claims/${claim.id}`, { cookie }));
          }
          await think();
        }
        bulletinVersion = Math.max(bulletinVersion, version);
      },
    };
    const readers: Phase = {
      name: "readers", users: READERS, origins, cookies,
      run: async (u, origin, cookie, agent, record, until) => {
        // From the version the page gave this reader, as in the browser: a first poll from version 1
        // would ask for everything the reviewers changed, all 200 at once.
        let version = readersFrom;
        for (let i = 0; Date.now() < until; i++) {
          const roll = Math.random();
          const claim = claims[(u * 7 + i) % claims.length];
          if (roll < 0.1) await timed("workspace", record, () => request(agent, origin, "GET", page, { cookie }));
          else if (roll < 0.8) {
            await timed("poll", record, async () => {
              const a = await request(agent, origin, "GET", `/api/v1/bulletins/${bulletinId}/changes?version=${version}`, { cookie });
              if (a.status === 200) version = (JSON.parse(a.body) as { version: number }).version;
              return a;
            });
          } else await timed("open claim", record, () => request(agent, origin, "GET", `/api/v1/claims/${claim.id}`, { cookie }));
          await think();
        }
      },
    };

    // Warm up each server's routes once, so the first phase does not measure compilation caches.
    for (const origin of origins) {
      const agent = new http.Agent({ keepAlive: true });
      await request(agent, origin, "GET", page, { cookie: cookies[0] });
      await request(agent, origin, "GET", `/api/v1/claims/${claims[0].id}`, { cookie: cookies[0] });
      agent.destroy();
    }
    if (COSTS) await requestCosts(origins[0], cookies[0], bulletinId, claims);
    const reviewerSamples = await runPhase(reviewers);
    const reviewerBaseline = await runPhase(baselinePhase("baseline", REVIEWERS, origins));
    report(`${REVIEWERS} reviewers`, reviewerSamples, reviewerBaseline, "reviewers");
    readersFrom = (await db.bulletin.findUniqueOrThrow({ where: { id: bulletinId }, select: { version: true } })).version;
    const readerSamples = await runPhase(readers);
    const readerBaseline = await runPhase(baselinePhase("baseline", READERS, origins));
    report(`${READERS} readers`, readerSamples, readerBaseline, "readers");

    if (failures.length > 0) console.log(`\nfirst failures:\n  ${failures.join("\n  ")}`);
    const stored = await db.comment.count({ where: { id: { in: acknowledged } } });
    console.log(`\nacknowledged comments: ${acknowledged.length}, stored: ${stored}${stored === acknowledged.length ? " (none lost)" : " — LOST WRITES"}`);
    if (BROWSER) {
      const roundTrip = await browserRoundTrip(origins[0], bulletinId, claims);
      console.log(`single reviewer in the browser, click Start → status shown: median of 20 ${roundTrip.total.toFixed(0)} ms (target ≤ 100 ms)`);
      console.log(`  of which: click → request sent ${roundTrip.before.toFixed(0)} ms, the request ${roundTrip.request.toFixed(0)} ms (medians; the rest is the browser showing the answer)`);
    }
    if (stored !== acknowledged.length) process.exitCode = 1;
  } finally {
    for (const child of servers) await stopServer(child);
    await db.$disconnect();
    if (pgServer) stopPgServer(pgServer);
  }
}

async function main() {
  const wanted = DBS === "both" ? ["sqlite", "postgresql"] : [DBS];
  for (const dialect of wanted) {
    if (dialect === "postgresql" && !pgBinDir()) {
      console.log("\nPostgreSQL's binaries are not installed (apt-get install postgresql): skipping the PostgreSQL run.");
      continue;
    }
    await benchmark(dialect as "sqlite" | "postgresql");
  }
  // The worker pool of the seeding import keeps the process alive otherwise.
  process.exit(process.exitCode ?? 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
