import { z } from "zod";

/** The key a client sends with a request that creates rows, so a retry is answered, not repeated. */
export const requestKey = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "request.badKey").optional();
