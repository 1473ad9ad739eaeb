import { expect, test, type Page } from "@playwright/test";
import { catalogue, format } from "../lib/i18n/catalogue";
import { ensureUser, screenshot, selectText, userContext, userNames } from "./helpers";
import { expectOneLanguage } from "./one-language";

// The whole review loop as a desk works it, once with the interface in Chinese and once in English:
// correct the engine, quote in the natural order, propose; the editor finds it in the inbox, sends it
// back; the reviewer is told without reloading, fixes it, proposes again; the editor approves with `a`.

test.describe.configure({ mode: "serial" });

const RUNS = {
  zh: {
    editor: { name: "周编辑", email: "zhou.editor@newsroom.test", password: "editor password zh", role: "EDITOR" },
    reviewer: { name: "王芳", email: "wang.fang@newsroom.test", password: "reviewer password zh", role: "REVIEWER" },
    title: "人口与养老工作通报",
    // The engine takes 第五次 for a figure and misses 十来所.
    text: "全市第五次人口普查工作会议于3月2日召开。会议通报,全市常住人口达到812万人。新建社区养老中心十来所。",
    spurious: "第五次",
    spuriousClaim: "第五次人口普查",
    missedClaim: "新建社区养老中心十来所",
    missed: "十来所",
    missedValue: "10",
    missedApprox: "about",
    statement: "本市新建的社区养老中心约有十所",
    source: { title: "市民政局养老服务统计", text: "市民政局统计:截至年底,全市共建成社区养老中心6所,另有12所在建。" },
    passage: "全市共建成社区养老中心6所",
    wrongPassage: "另有12所在建",
    note: "建成的只有6所",
    rationale: "民政局统计显示建成6所,不到十所。",
    sendBack: "请补充在建的12所是否计入。",
    fix: "民政局另有12所在建,尚未建成,建成的仍只有6所。",
    reason: "来源只给出建成与在建的数量。",
  },
  en: {
    editor: { name: "Erin Editor", email: "erin.editor@newsroom.test", password: "editor password en", role: "EDITOR" },
    reviewer: { name: "Ravi Rao", email: "ravi.rao@newsroom.test", password: "reviewer password en", role: "REVIEWER" },
    title: "Council housing note",
    text: "The Fifth Housing Forum met on 2 March. The council said it built 812 homes. More than a hundred care centres opened.",
    spurious: "Fifth",
    spuriousClaim: "Fifth Housing Forum",
    missedClaim: "care centres opened",
    missed: "More than a hundred",
    missedValue: "100",
    missedApprox: "more-than",
    statement: "Over one hundred care centres opened this year",
    source: { title: "Care services register", text: "Register of care services: 86 care centres opened by December, and 12 more are being built." },
    passage: "86 care centres opened by December",
    wrongPassage: "12 more are being built",
    note: "Only 86 opened",
    rationale: "The register lists 86 centres opened, fewer than one hundred.",
    sendBack: "Say whether the 12 being built count.",
    fix: "The 12 centres being built are not open, so the count stays at 86.",
    reason: "The register gives only opened and planned counts.",
  },
} as const;

for (const locale of ["zh", "en"] as const) {
  const run = RUNS[locale];
  const m = catalogue[locale];
  // The bulletin, source, what people typed and everyone's names are content, not interface text.
  const content: string[] = [run.title, run.text, run.source.title, run.source.text, run.statement, run.note, run.rationale, run.sendBack, run.fix, run.reason];
  const oneLanguage = (page: Page, where: string) => expectOneLanguage(page, locale, content, where);

  test.describe(`review flow, interface in ${locale}`, () => {
    let bulletinUrl = "";

    test.beforeAll(async ({ browser }) => {
      for (const user of [run.editor, run.reviewer]) await ensureUser(browser, user);
      content.push(...(await userNames(browser)));
    });

    test(`reviewer corrects, quotes in any order and proposes; editor sends back; reviewer is told live; editor approves with a (${locale})`, async ({ browser }) => {
      test.setTimeout(420_000);
      const editor = await userContext(browser, run.editor.email, run.editor.password, locale);
      await editor.page.goto("/bulletins/new");
      await editor.page.getByLabel(m.workspace.title, { exact: true }).fill(run.title);
      await editor.page.getByLabel(m.workspace.pasteText).fill(run.text);
      await editor.page.getByRole("button", { name: m.workspace.preview }).click();
      await oneLanguage(editor.page, "import preview");
      await editor.page.getByRole("button", { name: m.workspace.create }).click();
      await expect(editor.page).toHaveURL(/\/bulletins\/(?!new)[\w-]+$/);
      bulletinUrl = new URL(editor.page.url()).pathname;

      // Importing the same text again warns and links to the existing bulletin.
      await editor.page.goto("/bulletins/new");
      await editor.page.getByLabel(m.workspace.title, { exact: true }).fill(`${run.title} 2`);
      await editor.page.getByLabel(m.workspace.pasteText).fill(run.text);
      await editor.page.getByRole("button", { name: m.workspace.preview }).click();
      const duplicate = editor.page.getByTestId("duplicate-warning");
      await expect(duplicate).toContainText(run.title);
      await expect(duplicate.getByRole("link", { name: m.bulletin.openExisting })).toHaveAttribute("href", bulletinUrl);

      const reviewer = await userContext(browser, run.reviewer.email, run.reviewer.password, locale);
      const page = reviewer.page;
      await page.goto(bulletinUrl);
      await oneLanguage(page, "workspace");
      const panel = page.getByTestId("claim-panel");
      const open = (text: string) => page.getByTestId("queue-row").filter({ hasText: text }).first().getByRole("button").click();

      // A spurious figure is removed.
      await open(run.spuriousClaim);
      const spurious = panel.getByTestId(`figure-${run.spurious}`);
      await expect(spurious).toBeVisible();
      await spurious.getByRole("button", { name: m.corrections.removeFigure }).click();
      await expect(spurious).toHaveCount(0);
      // Undone, it is back with its value; removed again for good.
      await panel.getByTestId("undo-bar").getByRole("button", { name: m.corrections.undo }).click();
      await expect(spurious).toBeVisible();
      await expect(panel.getByTestId("undo-bar")).toHaveCount(0);
      await spurious.getByRole("button", { name: m.corrections.removeFigure }).click();
      await expect(spurious).toHaveCount(0);

      // A missed figure is added from a selection in the claim's text, its value corrected.
      await open(run.missedClaim);
      await selectText(page, "bulletin-text", run.missed);
      await panel.getByRole("button", { name: m.corrections.addFigure }).click();
      const form = panel.getByTestId("figure-form");
      await form.getByLabel(m.corrections.figureValue).fill(run.missedValue);
      await form.getByLabel(m.corrections.figureApprox).selectOption(run.missedApprox);
      await screenshot(page, `corrections-figure-form-${locale}`);
      await form.getByRole("button", { name: m.corrections.save }).click();
      await expect(panel.getByTestId("figure-form")).toHaveCount(0);
      await expect(panel.getByTestId(`figure-${run.missed}`)).toContainText(m.corrections[`approx.${run.missedApprox}`]);

      // The statement is edited; the span in the bulletin stays.
      await panel.getByRole("button", { name: m.corrections.editClaim }).click();
      await panel.getByLabel(m.workspace.statement, { exact: true }).fill(run.statement);
      await screenshot(page, `corrections-claim-editor-${locale}`);
      await panel.getByTestId("claim-editor").getByRole("button", { name: m.corrections.save }).click();
      await expect(panel.getByTestId("panel-statement")).toHaveText(run.statement);

      // A source, quoted in the natural order: select, refutes, note, add.
      await panel.getByRole("button", { name: m.evidence.attachSource }).click();
      const dialog = page.getByRole("dialog", { name: m.evidence.attachSource });
      await dialog.getByLabel(m.evidence.title, { exact: true }).fill(run.source.title);
      await dialog.getByLabel(m.evidence.sourceText).fill(run.source.text);
      await dialog.getByRole("button", { name: m.evidence.save }).click();
      await expect(dialog).toHaveCount(0);
      await panel.getByTestId("sources").getByRole("button", { name: m.evidence.open }).click();
      const viewer = page.getByTestId("source-viewer");
      await expect(viewer.getByTestId("source-text")).toContainText(run.passage);
      // The first quote takes the wrong passage; it is then moved to the right one, stance and note kept.
      await selectText(page, "source-text", run.wrongPassage);
      await expect(viewer.getByTestId("pending-passage")).toContainText(run.wrongPassage);
      await viewer.getByRole("radio", { name: m.evidence.stanceREFUTES }).check();
      await viewer.getByLabel(m.evidence.note).fill(run.note);
      await expect(viewer.getByTestId("pending-mark")).toHaveText(run.wrongPassage);
      await viewer.getByRole("button", { name: m.evidence.addEvidence }).click();
      await expect(viewer.locator("mark.evidence-mark.stance-REFUTES")).toHaveText(run.wrongPassage);
      await expect(panel.getByTestId("sources")).toContainText(run.note);
      await selectText(page, "source-text", run.passage);
      await expect(viewer.getByTestId("pending-passage")).toContainText(run.passage);
      await viewer.getByRole("button", { name: m.corrections.movePassageButton }).click();
      await expect(viewer.locator("mark.evidence-mark.stance-REFUTES")).toHaveText(run.passage);
      await expect(viewer.getByTestId("pending-passage")).toHaveCount(0);
      await expect(panel.getByTestId("sources")).toContainText(run.note);
      await viewer.getByRole("button", { name: m.evidence.close }).click();

      // The added figure is checked (not checkable, with a reason), then the verdict proposed.
      await panel.getByTestId(`figure-${run.missed}`).getByRole("button", { name: m.evidence.check, exact: true }).click();
      const check = panel.getByTestId("figure-check");
      await check.getByLabel(m.evidence.result).selectOption("NOT_CHECKABLE");
      await check.getByLabel(m.evidence.reasonRequired).fill(run.reason);
      await check.getByRole("button", { name: m.evidence.confirm }).click();
      await expect(panel.getByTestId(`figure-${run.missed}`)).toContainText(m.evidence.resultNOT_CHECKABLE);
      await panel.getByRole("radio", { name: m.workspace.verdictMISLEADING }).check();
      await panel.getByLabel(m.workspace.rationale).fill(run.rationale);
      await panel.getByRole("button", { name: m.workspace.propose }).click();
      // The badge, not the panel: its history names statuses too ("status: In review → In progress").
      await expect(panel.locator(".panel-head .status-badge")).toHaveText(m.workspace.statusIN_REVIEW);
      await oneLanguage(page, "claim in review, as its proposer");

      // The editor finds it in the inbox, with proposer and verdict, and sees everything in the panel.
      await editor.page.goto("/review");
      const row = editor.page.getByTestId("inbox-row").filter({ hasText: run.statement });
      await expect(row).toContainText(run.reviewer.name);
      await expect(row).toContainText(m.workspace.verdictMISLEADING);
      await expect(row.getByTestId("inbox-rationale")).toHaveText(run.rationale);
      await oneLanguage(editor.page, "review inbox");
      await screenshot(editor.page, `review-inbox-${locale}`);
      await editor.page.setViewportSize({ width: 390, height: 844 });
      await screenshot(editor.page, `review-inbox-${locale}-phone`);
      await editor.page.setViewportSize({ width: 1440, height: 900 });
      await row.getByRole("link").click();
      const proposal = editor.page.getByTestId("proposal");
      await expect(proposal).toContainText(run.rationale);
      await expect(proposal).toContainText(run.reason);
      await expect(proposal.locator("mark.evidence-mark.stance-REFUTES")).toHaveText(run.passage);
      await expect(proposal).toContainText(run.note);
      await oneLanguage(editor.page, "in-review panel");
      await screenshot(editor.page, `in-review-panel-${locale}`);

      // Send back with b and a comment; Enter sends.
      await editor.page.locator("body").click({ position: { x: 5, y: 5 } });
      await editor.page.keyboard.press("b");
      await expect(editor.page.locator("#send-back")).toBeFocused();
      await editor.page.keyboard.type(run.sendBack);
      await editor.page.keyboard.press("Enter");
      await expect(editor.page.getByTestId("claim-panel").locator(".panel-head .status-badge")).toHaveText(m.workspace.statusIN_PROGRESS);

      // The reviewer is told without reloading: the bell counts it, the claim shows the comment.
      await expect(page.getByTestId("notification-count")).toHaveText("1", { timeout: 20_000 });
      await expect(panel.getByTestId("sent-back-note")).toContainText(run.sendBack, { timeout: 20_000 });
      await page.getByTestId("notification-bell").click();
      const list = page.getByTestId("notification-list");
      const told = format(locale, m.notifications.sentBack, { actor: run.editor.name, bulletin: run.title, comment: run.sendBack });
      await expect(list).toContainText(told);
      await oneLanguage(page, "notification list");
      await screenshot(page, `notifications-${locale}`);
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("notification-count")).toHaveCount(0);

      // My queue puts what was sent back first, with the editor's comment.
      const queue = await reviewer.context.newPage();
      await queue.goto("/queue");
      await expect(queue.getByTestId("sent-back-queue")).toContainText(run.sendBack);
      await oneLanguage(queue, "my queue");
      await screenshot(queue, `my-queue-${locale}`);
      await queue.setViewportSize({ width: 390, height: 844 });
      await screenshot(queue, `my-queue-${locale}-phone`);
      await queue.close();

      // The reviewer fixes the rationale and proposes again.
      await expect(panel.getByLabel(m.workspace.rationale)).toHaveValue(run.rationale);
      await panel.getByLabel(m.workspace.rationale).fill(run.fix);
      await panel.getByRole("button", { name: m.workspace.propose }).click();
      await expect(panel.locator(".panel-head .status-badge")).toHaveText(m.workspace.statusIN_REVIEW);

      // The editor approves with a; the history reads as prose.
      await editor.page.goto("/review");
      await editor.page.getByTestId("inbox-row").filter({ hasText: run.statement }).getByRole("link").click();
      await expect(editor.page.getByTestId("proposal")).toContainText(run.fix);
      await editor.page.locator("body").click({ position: { x: 5, y: 5 } });
      await editor.page.keyboard.press("a");
      const editorPanel = editor.page.getByTestId("claim-panel");
      await expect(editorPanel.locator(".panel-head .status-badge")).toHaveText(m.workspace.statusVERIFIED);
      const approved = format(locale, m.history["claim.approve"], { actor: run.editor.name, verdict: m.workspace.verdictMISLEADING });
      await expect(editorPanel.getByTestId("history")).toContainText(approved);
      await expect(editorPanel.getByTestId("history")).not.toContainText(/\d{4}-\d{2}-\d{2}T|claim\.|cl[a-z0-9]{20}/);
      await oneLanguage(editor.page, "verified claim and its history");

      // The reviewer hears the verdict was approved.
      await expect(page.getByTestId("notification-count")).toHaveText("1", { timeout: 20_000 });

      // Phone width: the header wraps, the workspace is one column and the panel a sheet.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${bulletinUrl}?claim=`);
      // The queue lists the edited statement now.
      await open(run.statement);
      await expect(panel).toBeInViewport();
      await oneLanguage(page, "phone workspace");
      await screenshot(page, `phone-workspace-${locale}`);
      await panel.getByRole("button", { name: m.bulletin.panelClose }).click();
      await expect(panel).toBeHidden();
      await screenshot(page, `phone-text-${locale}`);
      await editor.context.close();
      await reviewer.context.close();
    });
  });
}
