import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-ip";
import { openShareLink } from "./share-links";

/**
 * The share link a request names, opened once per request (a page and its metadata share the one
 * lookup, so a miss counts once) and throttled per client address like every share route.
 */
export const openRequestedShareLink = cache(async (token: string) => openShareLink(db, token, clientAddress(await headers())));
