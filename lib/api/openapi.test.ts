import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

/** Every `METHOD /path` a route file under app/api/v1 exports, with `[id]` as `{id}`. */
function routesOnDisk(): string[] {
  const root = path.resolve("app/api/v1");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const at = `/${path.relative(root, dir).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
        for (const [, method] of readFileSync(full, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${method} ${at}`);
      }
    }
  };
  walk(root);
  return found.sort();
}

describe("the OpenAPI document", () => {
  const doc = openApiDocument("https://desk.example");
  const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
  // Described elsewhere or on purpose not here: the document itself, and user administration (the admin pages).
  const undocumented = new Set(["GET /openapi.json", "GET /users", "POST /users"]);

  it("describes every write route, and every documented path exists", () => {
    const onDisk = routesOnDisk();
    expect(onDisk.filter((r) => r.startsWith("POST ") && !undocumented.has(r) && !documented.includes(r))).toEqual([]);
    expect(documented.filter((r) => !onDisk.includes(r))).toEqual([]);
  });

  it("says which writes need JSON, the write scope and a request key", () => {
    const paths = doc.paths as Record<string, Record<string, { requestBody?: { content: Record<string, unknown> }; responses: Record<string, unknown>; parameters?: { name: string }[] }>>;
    for (const [p, ops] of Object.entries(paths)) {
      if (!ops.post) continue;
      expect(Object.keys(ops.post.requestBody?.content ?? {}), p).toEqual(["application/json"]);
      expect(Object.keys(ops.post.responses), p).toEqual(expect.arrayContaining(["400", "401", "403", "415"]));
    }
    expect(paths["/bulletins"].post.parameters?.map((x) => x.name)).toContain("Idempotency-Key");
    expect(paths["/claims/{id}/sources"].post.parameters?.map((x) => x.name)).toContain("Idempotency-Key");
  });
});
