import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { publicBaseUrl } from "@/lib/reports/params";

// Public: the description of the API is no secret; every path it describes checks authentication.
export async function GET() {
  return NextResponse.json(openApiDocument(await publicBaseUrl()));
}
