import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-ip";
import { enforce } from "@/lib/http/rate-limit";
import { route } from "@/lib/http/response";
import { publicBaseUrl } from "@/lib/reports/params";

// Public: the description of the API is no secret; every path it describes checks authentication.
export const GET = route(async (request: Request) => {
  await enforce(db, "public", clientAddress(request.headers));
  return NextResponse.json(openApiDocument(await publicBaseUrl()));
});
