import { expect, test, type Request } from "@playwright/test";
import { BASE_URL, screenshot, signInAndWait } from "./helpers";
import { ADMIN_STATE } from "./run-paths";

const REVIEWER = { name: "Rui Reviewer", email: "rui@newsroom.test", password: "reviewer password" };

test.describe.configure({ mode: "serial" });
test.use({ storageState: ADMIN_STATE });

test("an admin adds a reviewer on the users page", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();

  await page.getByLabel("Name").fill(REVIEWER.name);
  await page.getByLabel("Email").fill("rui@");
  await page.getByLabel("Initial password").fill(REVIEWER.password);
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue(REVIEWER.name);

  await page.getByLabel("Email").fill(REVIEWER.email);
  await page.getByLabel("Initial password").fill(REVIEWER.password);
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("status")).toContainText(`${REVIEWER.name} (${REVIEWER.email}) can now sign in.`);
  await expect(page.getByTestId(`user-${REVIEWER.email}`)).toContainText("Reviewer");
  await screenshot(page, "admin-users");
});

test("the last active administrator can be neither demoted nor deactivated", async ({ page }) => {
  await page.goto("/admin/users");
  const row = page.getByTestId("user-admin@newsroom.test");
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("alert")).toContainText("last active administrator");
  await row.getByRole("combobox").selectOption("EDITOR");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("alert")).toContainText("last active administrator");
  await page.reload();
  await expect(page.getByTestId("user-admin@newsroom.test")).toContainText("Administrator");
});

test("a reviewer cannot open the admin page or call an admin action", async ({ page, browser }) => {
  // Record what the browser sends when an admin changes a role, to replay it as the reviewer.
  await page.goto("/admin/users");
  const row = page.getByTestId(`user-${REVIEWER.email}`);
  await row.getByRole("combobox").selectOption("REVIEWER");
  const [actionRequest] = await Promise.all([
    page.waitForRequest((r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    row.getByRole("button", { name: "Change role" }).click(),
  ]);
  const replayHeaders = {
    "next-action": actionRequest.headers()["next-action"],
    "content-type": actionRequest.headers()["content-type"],
  };
  const body = actionRequest.postDataBuffer()!.toString("latin1").replace("REVIEWER", "ADMIN");

  const reviewer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const reviewerPage = await reviewer.newPage();
  await signInAndWait(reviewerPage, REVIEWER.email, REVIEWER.password);
  await expect(reviewerPage.getByRole("link", { name: "Users" })).toHaveCount(0);

  const response = await reviewerPage.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(reviewerPage.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

  const api = await reviewer.request.get("/api/v1/users");
  expect(api.status()).toBe(403);
  expect((await api.json()).error.code).toBe("forbidden");
  const apiCreate = await reviewer.request.post("/api/v1/users", {
    headers: { origin: BASE_URL },
    data: { name: "Mallory", email: "mallory@newsroom.test", password: "mallory password", role: "ADMIN" },
  });
  expect(apiCreate.status()).toBe(403);

  // The replayed server action (promoting someone to ADMIN) is refused by the server.
  // Sent as the English browser would send it: the refusal comes in the reader's language.
  const replay = await reviewer.request.post("/admin/users", { headers: { ...replayHeaders, origin: BASE_URL, "accept-language": "en" }, data: Buffer.from(body, "latin1") });
  expect(await replay.text()).toContain("Only an administrator can change roles.");
  const users = await (await page.request.get("/api/v1/users")).json();
  const stored = users.data.find((u: { email: string }) => u.email === REVIEWER.email);
  expect(stored.role).toBe("REVIEWER");
  expect(users.data.some((u: { email: string }) => u.email === "mallory@newsroom.test")).toBe(false);
  await reviewer.close();
});

test("a deactivated user is signed out on the next request", async ({ page, browser }) => {
  const reviewer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const reviewerPage = await reviewer.newPage();
  await signInAndWait(reviewerPage, REVIEWER.email, REVIEWER.password);

  await page.goto("/admin/users");
  const row = page.getByTestId(`user-${REVIEWER.email}`);
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row).toContainText("Deactivated");

  await reviewerPage.goto("/bulletins");
  await expect(reviewerPage).toHaveURL(/\/signin\?notice=ended/);
  await expect(reviewerPage.getByText(/session has ended/)).toBeVisible();
  const cookies = await reviewer.cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token") && c.value)).toBe(false);
  expect((await reviewer.request.get("/api/v1/me")).status()).toBe(401);

  await row.getByRole("button", { name: "Reactivate" }).click();
  await expect(row).toContainText("Active");
  await signInAndWait(reviewerPage, REVIEWER.email, REVIEWER.password);
  await reviewer.close();
});
