import { z } from "zod";
import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/session";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";
import { importAnswer } from "@/lib/jobs/import-answer";
import { waitForImport } from "@/lib/jobs/imports";

/** A background import this user started: 200 with the bulletin when done, 202 while it runs. */
export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser("read", request);
  const id = z.guid().safeParse((await params).id);
  if (!id.success) throw notFound("import.gone");
  return importAnswer(await waitForImport(db, user, id.data, 0), 200);
});
