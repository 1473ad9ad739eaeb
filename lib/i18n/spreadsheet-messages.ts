import type { Locale } from "./messages";

// Strings of the spreadsheet import screen.

const en = {
  title: "Import claims from a spreadsheet",
  lead: "A desk that tracks its claims in a sheet can bring it in: one claim per row. Upload an .xlsx or .csv file (up to 10 MB), then say which column holds what.",
  link: "Import from a spreadsheet",
  orSpreadsheet: "Claims kept in a spreadsheet?",
  file: "Spreadsheet (.xlsx, .csv)",
  chooseFile: "Choose a spreadsheet (.xlsx or .csv) to import.",
  read: "Read the spreadsheet",
  reading: "Reading the spreadsheet…",
  creating: "Creating the bulletin, its claims, figures and sources…",
  sheet: "Sheet",
  headerRow: "Column names read from row {n}.",
  mapping: "Columns",
  statement: "Claims",
  sourceUrl: "Source URL",
  verdict: "Verdict",
  notes: "Notes",
  none: "— none —",
  rowsFound: "{n} rows hold a claim.",
  preview: "First rows",
  draftNote: "A verdict in the sheet becomes a draft that reviewers start from: verifying still needs evidence and a second person. Source URLs are attached to their claims as sources; the pages are not fetched yet, so add each page's text when you quote it.",
  create: "Create bulletin",
  another: "Choose another file",
};

export type SpreadsheetMessages = typeof en;

const zh: SpreadsheetMessages = {
  title: "从电子表格导入声明",
  lead: "用表格记录声明的核查团队可以直接导入：每行一条声明。上传 .xlsx 或 .csv 文件（最大 10 MB），再指定各列的内容。",
  link: "从电子表格导入",
  orSpreadsheet: "声明记录在电子表格里？",
  file: "电子表格（.xlsx、.csv）",
  chooseFile: "请选择要导入的电子表格（.xlsx 或 .csv）。",
  read: "读取表格",
  reading: "正在读取表格…",
  creating: "正在创建公报及其声明、数字和来源…",
  sheet: "工作表",
  headerRow: "列名取自第 {n} 行。",
  mapping: "列",
  statement: "声明",
  sourceUrl: "来源网址",
  verdict: "结论",
  notes: "备注",
  none: "— 无 —",
  rowsFound: "共有 {n} 行含有声明。",
  preview: "前几行",
  draftNote: "表格中的结论将作为核查员的草稿：核实仍需证据并由第二人批准。来源网址会作为来源附在对应声明上；网页暂不抓取，引用时请补充网页文本。",
  create: "创建公报",
  another: "换一个文件",
};

export const spreadsheetMessages: Record<Locale, SpreadsheetMessages> = { en, zh };
