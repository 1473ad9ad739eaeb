import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { requireApiUser } from "@/lib/auth/session";
import { canManageUsers } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { route } from "@/lib/http/response";
import { writeRoute } from "@/lib/http/write-route";
import { listUsers } from "@/lib/users/queries";
import { createUser } from "@/lib/users/service";
import { createUserSchema } from "@/lib/validations/user";

export const GET = route(async () => {
  const user = await requireApiUser();
  if (!canManageUsers(user)) throw forbidden("user.onlyAdminList");
  return NextResponse.json({ data: await listUsers() });
});

export const POST = writeRoute(async ({ user: actor, body }) => {
  const input = createUserSchema.parse(body);
  const user = await createUser(db, actor, input);
  return NextResponse.json({ data: user }, { status: 201 });
});
