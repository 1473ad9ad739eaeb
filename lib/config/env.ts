import { z } from "zod";

// Every setting Claimdesk reads from the environment, validated once at start-up.
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    DATA_DIR: z.string().min(1).default("data"),
    DATABASE_URL: z
      .string()
      .regex(/^(file:.+|postgres(ql)?:\/\/.+)/, "must be a SQLite URL such as file:./data/claimdesk.db or a PostgreSQL URL such as postgres://user:password@host:5432/claimdesk")
      .optional(),
    // 0 takes any free port (the tests do; the log says which).
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    // Server processes sharing the port; by default one per core.
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
    // Seconds that in-flight requests get to finish after SIGTERM.
    SHUTDOWN_TIMEOUT: z.coerce.number().min(0).max(600).default(10),
    // Connections each server process keeps to PostgreSQL.
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    LOG_FORMAT: z.enum(["text", "json"]).default("text"),
    NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    ADMIN_EMAIL: z.email().optional(),
    // The organisation that publishes the fact-checks (ClaimReview's author).
    ORGANISATION_NAME: z.string().trim().min(1).max(200).default("Claimdesk"),
    ORGANISATION_URL: z.url({ protocol: /^https?$/ }).optional(),
    ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
    // How many reverse proxies in front of the app append to X-Forwarded-For; 0 trusts none of it.
    TRUSTED_PROXY: z.coerce.number().int("must be a whole number of proxies").min(0).max(10).default(0),
    // A session unused for this long has ended (the absolute lifetime is 12 hours).
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(12 * 60).default(8 * 60),
  })
  .refine((env) => Boolean(env.ADMIN_EMAIL) === Boolean(env.ADMIN_PASSWORD), {
    message: "ADMIN_EMAIL and ADMIN_PASSWORD must be set together",
    path: ["ADMIN_PASSWORD"],
  });

export type Env = z.infer<typeof envSchema> & { DATABASE_URL: string };

export class EnvError extends Error {}

/** Parses the environment; a bad value throws an EnvError naming the variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "environment"}: ${issue.message}`);
    throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const dataDir = env.DATA_DIR.startsWith("/") ? env.DATA_DIR : `./${env.DATA_DIR}`;
  return { ...env, DATABASE_URL: env.DATABASE_URL ?? `file:${dataDir}/claimdesk.db` };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
