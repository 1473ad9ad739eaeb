import { expect, test } from "@playwright/test";
import { ensureUser, screenshot, userContext } from "./helpers";

// Account → API tokens: a token is read-only unless "Read and write" is chosen; a read-only token is
// refused by every write in the caller's language, a read-and-write one imports through the API.

const EDITOR = { name: "Tia Tokens", email: "tia@newsroom.test", password: "token editor password", role: "EDITOR" };
const TEXT = "今年一季度，全市新建公园5个，新增绿地12公顷。市长表示，公园建设要方便市民。";

test("a read-only token cannot write; a read-and-write token imports a bulletin", async ({ browser, playwright }) => {
  await ensureUser(browser, EDITOR);
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password);
  await page.goto("/account");
  const access = page.getByLabel("Access");
  await expect(access).toHaveValue("read");

  await page.getByLabel("Token name").fill("dashboard");
  await page.getByRole("button", { name: "Create token" }).click();
  const reader = await page.getByLabel("New API token").inputValue();
  await expect(page.getByTestId("api-token").filter({ hasText: "dashboard" }).getByTestId("token-access")).toHaveText("Read only");

  await page.getByLabel("Token name").fill("newsroom CMS");
  await access.selectOption("write");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("api-token").filter({ hasText: "newsroom CMS" }).getByTestId("token-access")).toHaveText("Read and write");
  const writer = await page.getByLabel("New API token").inputValue();
  expect(writer).not.toBe(reader);

  const api = await playwright.request.newContext();
  const body = { title: "API 导入的公报", originalText: TEXT, language: "zh" };
  const url = new URL("/api/v1/bulletins", page.url()).toString();
  const refused = await api.post(url, { headers: { authorization: `Bearer ${reader}`, "accept-language": "zh-CN" }, data: body });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toContain("没有 write 权限范围");
  expect((await api.get(url, { headers: { authorization: `Bearer ${reader}` } })).status()).toBe(200);
  const plain = await api.post(url, { headers: { authorization: `Bearer ${writer}`, "content-type": "text/plain" }, data: JSON.stringify(body) });
  expect(plain.status()).toBe(415);
  const created = await api.post(url, { headers: { authorization: `Bearer ${writer}`, "idempotency-key": "e2e-token-import-0001" }, data: body });
  expect(created.status()).toBe(201);
  const { data } = await created.json();
  expect(data).toMatchObject({ status: "done", claims: expect.any(Number) });
  await page.goto(`/bulletins/${data.id}`);
  await expect(page.getByRole("heading", { name: "API 导入的公报" })).toBeVisible();
  await api.dispose();

  for (const locale of ["en", "zh"] as const) {
    const shot = await userContext(browser, EDITOR.email, EDITOR.password, locale);
    for (const [device, width, height] of [["desktop", 1440, 900], ["phone", 390, 844]] as const) {
      await shot.page.setViewportSize({ width, height });
      await shot.page.goto("/account");
      await expect(shot.page.getByTestId("token-access").first()).toBeVisible();
      await screenshot(shot.page, `api-tokens-${locale}-${device}`);
    }
    await shot.context.close();
  }
  await context.close();
});
