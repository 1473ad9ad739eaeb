import { NextResponse } from "next/server";
import type { ImportOutcome } from "./imports";

/** An import's answer: the bulletin and its claim count, or 202 with the job to poll while it runs. */
export function importAnswer(outcome: ImportOutcome, doneStatus: 200 | 201): NextResponse {
  if ("pending" in outcome) {
    const poll = `/api/v1/imports/${outcome.pending}`;
    return NextResponse.json({ data: { status: "pending", job: outcome.pending, poll } }, { status: 202, headers: { location: poll, "retry-after": "2" } });
  }
  return NextResponse.json({ data: { status: "done", id: outcome.id, claims: outcome.claims } }, { status: doneStatus });
}
