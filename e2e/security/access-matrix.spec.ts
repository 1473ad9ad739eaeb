import { expect, test } from "@playwright/test";
import { ACTIONS, PAGES, ROLES, ROUTES, type Context, type Expected, type Role, type Whose } from "./access-table";
import type { TestUser } from "./constants";
import { db, stopDb } from "./db";
import { builtActions, builtPages, builtRoutes, callAction, callPage, callRoute, methodsOf, type Answer } from "./harness";

// Every server action in the build, every route handler and every page, called as each kind of caller on their
// own and on someone else's records; the expected outcome of each pair is the table in access-table.ts.

test.describe.configure({ mode: "serial" });
test.afterAll(() => stopDb());
test.setTimeout(600_000);

type Caller = { user: TestUser; cookie: string | null };

const ROLE_OF: Record<Exclude<Role, "anonymous">, TestUser["role"]> = { deactivated: "REVIEWER", reviewer: "REVIEWER", editor: "EDITOR", admin: "ADMIN" };

/** A caller of its own for each pair: a call that ends sessions (a password change) spoils no other pair. */
async function callerFor(role: Role, others: Context["others"]): Promise<Caller> {
  if (role === "anonymous") return { user: others.reviewer, cookie: null };
  const user = await db("newUser", ROLE_OF[role], role);
  const cookie = await db("sessionCookie", user);
  if (role === "deactivated") await db("deactivate", others.admin, user.id);
  return { user, cookie };
}

function expected(entry: Expected | { own: Expected; other: Expected }, whose: Whose): Expected {
  return typeof entry === "string" ? entry : entry[whose];
}

test("every action, route and page has a row in the access table", async () => {
  const actions = [...builtActions().keys()].sort();
  expect(actions.filter((a) => !(a in ACTIONS)), "actions without a row in e2e/security/access-table.ts").toEqual([]);
  expect(Object.keys(ACTIONS).filter((a) => !actions.includes(a)), "rows for actions the build does not have").toEqual([]);
  const routes: string[] = [];
  for (const path of builtRoutes()) for (const method of await methodsOf(path.replace(/\[\.\.\.(\w+)\]/, "x").replace(/\[(\w+)\]/g, "x"))) routes.push(`${method} ${path}`);
  expect(routes.filter((r) => !(r in ROUTES)), "routes without a row in e2e/security/access-table.ts").toEqual([]);
  expect(Object.keys(ROUTES).filter((r) => !routes.includes(r)), "rows for routes the build does not have").toEqual([]);
  const pages = builtPages();
  expect(pages.filter((p) => !(p in PAGES)), "pages without a row in e2e/security/access-table.ts").toEqual([]);
  expect(Object.keys(PAGES).filter((p) => !pages.includes(p)), "rows for pages the build does not have").toEqual([]);
});

test("the access matrix: no unexpected outcome, no 500", async () => {
  const others = { editor: await db("newUser", "EDITOR", "other-editor"), reviewer: await db("newUser", "REVIEWER", "other-reviewer"), admin: await db("newUser", "ADMIN", "other-admin") };
  const ids = builtActions();
  const counts = { tried: 0, refused: 0, allowed: 0, notFound: 0, unexpected: 0, errors: 0 };
  const surprises: string[] = [];

  const record = (name: string, role: Role, whose: Whose, want: Expected, answer: Answer) => {
    counts.tried++;
    if (answer.outcome === "refused") counts.refused++;
    if (answer.outcome === "allowed") counts.allowed++;
    if (answer.outcome === "not-found") counts.notFound++;
    if (answer.outcome === "error") counts.errors++;
    if (answer.outcome !== want) {
      counts.unexpected++;
      surprises.push(`${name} as ${role} on ${whose}: expected ${want}, got ${answer.outcome} (${answer.status}) ${answer.detail.replace(/\s+/g, " ").slice(0, 160)}`);
    }
  };

  for (const [name, row] of Object.entries(ACTIONS)) {
    for (const role of ROLES) {
      for (const whose of ["own", "other"] as const) {
        const caller = await callerFor(role, others);
        const context: Context = { actor: caller.user, whose, owner: whose === "own" ? caller.user : role === "reviewer" || role === "deactivated" ? others.reviewer : others.editor, others };
        const args = await row.args(context);
        record(name, role, whose, expected(row.expect[role], whose), await callAction(ids.get(name)!, args, caller.cookie));
      }
    }
  }
  for (const [name, row] of Object.entries(ROUTES)) {
    const method = name.split(" ")[0];
    for (const role of ROLES) {
      for (const whose of ["own", "other"] as const) {
        const caller = await callerFor(role, others);
        const context: Context = { actor: caller.user, whose, owner: whose === "own" ? caller.user : others.editor, others };
        record(name, role, whose, expected(row.expect[role], whose), await callRoute(method, await row.path(context), caller.cookie, row.body?.(context)));
      }
    }
  }

  for (const [name, row] of Object.entries(PAGES)) {
    for (const role of ROLES) {
      for (const whose of ["own", "other"] as const) {
        const caller = await callerFor(role, others);
        const context: Context = { actor: caller.user, whose, owner: whose === "own" ? caller.user : others.editor, others };
        record(`page ${name}`, role, whose, expected(row.expect[role], whose), await callPage(await row.path(context), caller.cookie));
      }
    }
  }

  console.log(
    `access matrix: ${counts.tried} pairs tried, ${counts.refused} refused, ${counts.allowed} allowed, ${counts.notFound} not found, ` +
      `${counts.unexpected} unexpected, ${counts.errors} 500s`,
  );
  for (const line of surprises) console.log(`  unexpected: ${line}`);
  expect(surprises).toEqual([]);
  expect(counts.errors).toBe(0);
});
