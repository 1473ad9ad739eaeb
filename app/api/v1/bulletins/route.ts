import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/lib/auth/session";
import { listBulletins } from "@/lib/bulletins/queries";
import { route } from "@/lib/http/response";

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
