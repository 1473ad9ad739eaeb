import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/lib/auth/session";
import { listBulletins } from "@/lib/bulletins/queries";
import { db } from "@/lib/db";
import { importFromRequest } from "@/lib/bulletins/import-request";
import { route } from "@/lib/http/response";
import { writeRoute } from "@/lib/http/write-route";
import { importAnswer } from "@/lib/jobs/import-answer";

const query = z.object({ q: z.string().max(200).optional() }).strict();

/** Bulletins, newest first, with claim counts per status. */
export const GET = route(async (request: Request) => {
  await requireApiUser();
  const { q } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const bulletins = await listBulletins(q);
  return NextResponse.json({
    data: bulletins.map((b) => ({
      id: b.id, title: b.title, publisher: b.publisher, publishedOn: b.publishedOn?.toISOString().slice(0, 10) ?? null,
      language: b.language, importedAt: b.createdAt.toISOString(), importedBy: b.importedBy.name, counts: b.counts,
    })),
  });
});

/** Imports a bulletin from text or a file; a large one answers 202 with the job to poll. */
export const POST = writeRoute(async ({ user, body, key }) => importAnswer(await importFromRequest(db, user, body, key), 201));
