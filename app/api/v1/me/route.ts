import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/session";
import { route } from "@/lib/http/response";

export const GET = route(async () => {
  const user = await requireApiUser();
  return NextResponse.json({ data: user });
});
