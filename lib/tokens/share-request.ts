import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-ip";
import { openShareLink } from "./share-links";

/**
 * The share link of this request, opened once: the page's title and its body both read it, so a
 * title can never answer a guess the throttle refused, and a miss is counted once, not twice.
 */
export const openShareForRequest = cache(async (token: string) => openShareLink(db, token, clientAddress(await headers())));
