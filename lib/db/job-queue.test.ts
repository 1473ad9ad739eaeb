import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { jobQueue, type JobState } from "./job-queue";

// The background job queue: pg-boss in the database on PostgreSQL, in the process on SQLite.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await jobQueue(t.url).stop();
  await t?.cleanup();
});

async function settled(name: string, id: string): Promise<JobState> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
    const state = await jobQueue(t.url).state(name, id);
    if (state.state !== "waiting") return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { state: "waiting" };
}

describe("background jobs", () => {
  it("runs a queued job and keeps its output; the same id is queued once", async () => {
    const queue = jobQueue(t.url);
    const seen: unknown[] = [];
    await queue.work("double", async (data) => {
      seen.push(data);
      return { twice: (data as { n: number }).n * 2 };
    });
    const id = "0b8a8f8e-1d1e-4c7a-9a61-1f3d5c0e9b21";
    expect(await queue.send("double", { n: 21 }, { id })).toBe(id);
    expect(await queue.send("double", { n: 21 }, { id })).toBe(id);
    expect(await settled("double", id)).toEqual({ state: "done", output: { twice: 42 } });
    expect(seen).toHaveLength(1);
    expect(await queue.state("double", "5d2f4c1a-9b8e-4f7d-a6c5-3e2d1c0b9a87")).toEqual({ state: "missing" });
  });

  it("retries a job that failed, and reports one that keeps failing", async () => {
    const queue = jobQueue(t.url);
    let tries = 0;
    await queue.work("flaky", async () => {
      tries++;
      if (tries === 1) throw new Error("the server went away");
      return { tries };
    });
    await queue.work("broken", async () => {
      throw new Error("always");
    });
    expect(await settled("flaky", await queue.send("flaky", {}))).toEqual({ state: "done", output: { tries: 2 } });
    expect((await settled("broken", await queue.send("broken", {}))).state).toBe("failed");
  }, 60_000);
});
