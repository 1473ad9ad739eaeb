import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/session";
import { cleaningChangesOf } from "@/lib/bulletins/queries";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";

/** The cleaning changes an editor kept at import (the workspace loads them when they are opened). */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser();
  const { id } = await params;
  const changes = await cleaningChangesOf(id);
  if (!changes) throw notFound("bulletin.noSuchId");
  return NextResponse.json({ data: changes });
});
