// A second process writing to the same database as a test (see lib/db/concurrent-writers.test.ts):
// adds comments through the app's own database layer as fast as it can, for a given time, and
// prints how many it stored and how many failed.
import { createDb } from "@/lib/db";
import { addComment } from "@/lib/claims/comments";

async function main() {
  const [url, userId, claimId, ms] = process.argv.slice(2);
  const db = createDb(url);
  const actor = { id: userId, role: "REVIEWER" as const, active: true };
  let stored = 0;
  let failed = 0;
  const errors: string[] = [];
  const until = Date.now() + Number(ms);
  // Four at a time, as a busy server would.
  await Promise.all(Array.from({ length: 4 }, async (_, lane) => {
    for (let i = 0; Date.now() < until; i++) {
      try {
        await addComment(db, actor, claimId, `second process ${lane}-${i}`);
        stored++;
      } catch (error) {
        failed++;
        if (errors.length < 3) errors.push((error as Error).message);
      }
    }
  }));
  await db.$disconnect();
  process.stdout.write(JSON.stringify({ stored, failed, errors }));
}

void main();
