import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

/** The EnvError parseEnv throws for this environment (fails the test if it does not throw one). */
function envError(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return error as EnvError;
  }
  throw new Error(`parseEnv accepted ${JSON.stringify(source)}`);
}

const SECRET = "s".repeat(32);

describe("parseEnv", () => {
  it("fills in defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: "data", NODE_ENV: "production", DATABASE_URL: "file:./data/claimdesk.db" });
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
    expect(env.ADMIN_EMAIL).toBeUndefined();
  });

  it("derives DATABASE_URL from DATA_DIR", () => {
    expect(parseEnv({ DATA_DIR: "var/claimdesk" }).DATABASE_URL).toBe("file:./var/claimdesk/claimdesk.db");
  });

  it("derives a DATABASE_URL inside an absolute DATA_DIR", () => {
    // scripts/start.ts and the SQLite adapter read the path after "file:"; it must land in DATA_DIR,
    // where the auth secret also goes (path.resolve(DATA_DIR)).
    const url = parseEnv({ DATA_DIR: "/var/lib/claimdesk" }).DATABASE_URL;
    expect(path.resolve(url.replace(/^file:/, ""))).toBe("/var/lib/claimdesk/claimdesk.db");
  });

  it("keeps an explicit DATABASE_URL and reads PORT as a number", () => {
    const env = parseEnv({ DATABASE_URL: "file:/srv/cd.db", PORT: "8080", DATA_DIR: "elsewhere" });
    expect(env.DATABASE_URL).toBe("file:/srv/cd.db");
    expect(env.PORT).toBe(8080);
  });

  it.each(["abc", "70000", "3.5", "-1"])("refuses PORT=%s, naming PORT", (port) => {
    expect(envError({ PORT: port }).message).toMatch(/^\s*PORT: /m);
  });

  it.each(["mysql://localhost/db", "./data/claimdesk.db", "file:", "postgres://"])("refuses DATABASE_URL=%s, naming DATABASE_URL", (url) => {
    expect(envError({ DATABASE_URL: url }).message).toMatch(/^\s*DATABASE_URL: /m);
  });

  it.each(["postgres://claimdesk:secret@db.internal:5432/claimdesk", "postgresql://localhost/claimdesk"])("accepts the PostgreSQL URL %s", (url) => {
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it("reads the server settings: processes, shutdown deadline, pool size and log format", () => {
    expect(parseEnv({})).toMatchObject({ SHUTDOWN_TIMEOUT: 10, DATABASE_POOL_SIZE: 10, LOG_FORMAT: "text" });
    expect(parseEnv({}).WEB_CONCURRENCY).toBeUndefined();
    expect(parseEnv({ WEB_CONCURRENCY: "3", SHUTDOWN_TIMEOUT: "2.5", LOG_FORMAT: "json" })).toMatchObject({ WEB_CONCURRENCY: 3, SHUTDOWN_TIMEOUT: 2.5, LOG_FORMAT: "json" });
    expect(envError({ LOG_FORMAT: "xml" }).message).toMatch(/LOG_FORMAT/);
    expect(envError({ WEB_CONCURRENCY: "0" }).message).toMatch(/WEB_CONCURRENCY/);
  });

  it("refuses a NEXTAUTH_SECRET shorter than 32 characters, naming it", () => {
    const message = envError({ NEXTAUTH_SECRET: "s".repeat(31) }).message;
    expect(message).toMatch(/^\s*NEXTAUTH_SECRET: .*32/m);
    expect(message).not.toContain("s".repeat(31));
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET }).NEXTAUTH_SECRET).toBe(SECRET);
  });

  it("refuses a NEXTAUTH_URL that is not http(s)", () => {
    expect(envError({ NEXTAUTH_URL: "ftp://example.com" }).message).toMatch(/NEXTAUTH_URL/);
    expect(parseEnv({ NEXTAUTH_URL: "https://claims.example.com" }).NEXTAUTH_URL).toBe("https://claims.example.com");
  });

  it("refuses ADMIN_EMAIL without ADMIN_PASSWORD, and the other way round", () => {
    expect(envError({ ADMIN_EMAIL: "root@example.com" }).message).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD must be set together/);
    expect(envError({ ADMIN_PASSWORD: "a long password" }).message).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD must be set together/);
    expect(parseEnv({ ADMIN_EMAIL: "root@example.com", ADMIN_PASSWORD: "a long password" })).toMatchObject({
      ADMIN_EMAIL: "root@example.com",
      ADMIN_PASSWORD: "a long password",
    });
  });

  it("refuses a bad ADMIN_EMAIL and a short ADMIN_PASSWORD, naming each", () => {
    expect(envError({ ADMIN_EMAIL: "not-an-email", ADMIN_PASSWORD: "a long password" }).message).toMatch(/^\s*ADMIN_EMAIL: /m);
    expect(envError({ ADMIN_EMAIL: "root@example.com", ADMIN_PASSWORD: "short" }).message).toMatch(/^\s*ADMIN_PASSWORD: .*10/m);
  });

  it("treats an empty string as unset", () => {
    const env = parseEnv({ PORT: "", DATABASE_URL: "", DATA_DIR: "", NEXTAUTH_SECRET: "", ADMIN_EMAIL: "", ADMIN_PASSWORD: "" });
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: "data", DATABASE_URL: "file:./data/claimdesk.db" });
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
    // An empty ADMIN_PASSWORD beside a real ADMIN_EMAIL is still "email without password".
    expect(envError({ ADMIN_EMAIL: "root@example.com", ADMIN_PASSWORD: "" }).message).toMatch(/must be set together/);
  });

  it("names every bad variable at once", () => {
    const message = envError({ PORT: "abc", DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short" }).message;
    for (const name of ["PORT", "DATABASE_URL", "NEXTAUTH_SECRET"]) expect(message).toMatch(new RegExp(`^\\s*${name}: `, "m"));
  });
});
