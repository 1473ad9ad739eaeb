import type { Locale } from "./messages";

// The server's messages are English (API clients read them as they are); the interface shows
// them in its own language through this catalogue. A message not listed here is shown as sent.
// Templates name their parameters in braces and match them anywhere in the message.

const ZH: Record<string, string> = {
  "Only an editor can publish claims.": "只有编辑可以发布声明。",
  "Only an editor can unpublish claims.": "只有编辑可以撤回已发布的声明。",
  "A dismissed claim cannot be published.": "已驳回的声明不能发布。",
  "Only a verified claim can be published: its verdict must be approved first.": "只有已核实的声明才能发布：其结论须先获批准。",
  "This claim is already published.": "此声明已发布。",
  "This claim is not published.": "此声明尚未发布。",
  "One of the claims is not in this bulletin.": "其中一条声明不属于这份公报。",
  "This bulletin no longer exists.": "这份公报已不存在。",
  "Choose at least one claim.": "请至少选择一条声明。",
  "Only an editor can import bulletins.": "只有编辑可以导入公报。",
  "Choose a spreadsheet (.xlsx or .csv) to import.": "请选择要导入的电子表格（.xlsx 或 .csv）。",
  "Only .xlsx and .csv spreadsheets can be imported here. An old .xls file must first be saved as .xlsx.": "这里只能导入 .xlsx 和 .csv 电子表格。旧的 .xls 文件请先另存为 .xlsx。",
  "This spreadsheet could not be read; it may be damaged, or be a different kind of file renamed.": "无法读取此电子表格：文件可能已损坏，或是改了扩展名的其他文件。",
  "The spreadsheet has no rows to import.": "此电子表格中没有可导入的行。",
  "Choose the column that holds the claims.": "请选择存放声明的列。",
  "That sheet is not in the file.": "文件中没有这个工作表。",
  "No row has a claim in the chosen column.": "所选列中没有任何声明。",
  "Give the bulletin a title.": "请为公报填写标题。",
  "Keep the title under 300 characters.": "标题请少于 300 个字符。",
  "Enter the date as YYYY-MM-DD.": "日期格式为 YYYY-MM-DD。",
  "Please correct the highlighted fields.": "请修改标出的字段。",
  "This file is not a readable zip archive; it may be damaged.": "该文件不是可读取的压缩包，可能已损坏。",
  "This looks like an old .xls file or a password-protected workbook. Save it as .xlsx without a password, and import it again.": "这似乎是旧的 .xls 文件或受密码保护的工作簿。请不设密码另存为 .xlsx 后重新导入。",
};

const ZH_TEMPLATES: [string, string][] = [
  ["The file is {size}; the limit is {limit}. Split it or import only the pages you need.", "文件大小为 {size}，上限为 {limit}。请拆分文件，或只导入需要的部分。"],
  ["The spreadsheet has {rows} rows; at most {limit} can be imported at once. Split it into smaller files.", "此电子表格有 {rows} 行，一次最多导入 {limit} 行。请拆分为较小的文件。"],
  ["The file “{name}” is empty.", "文件“{name}”是空的。"],
  ["This file would unpack to more than {limit}. It was refused before it was unpacked.", "该文件解压后将超过 {limit}，已在解压前拒绝。"],
  ["This file unpacks to more than {limit}. It was refused before it was unpacked.", "该文件解压后超过 {limit}，已拒绝。"],
  ["A part of this file is compressed {ratio} to 1, as zip bombs are. It was refused before it was unpacked.", "该文件中有部分内容的压缩比高达 {ratio} 比 1，与“压缩炸弹”相同，已在解压前拒绝。"],
  ["This file holds {n} parts; a document has far fewer (the limit is {limit}). It was refused before it was unpacked.", "该文件包含 {n} 个部分，正常文档远少于此（上限为 {limit}），已在解压前拒绝。"],
];

const compiled = ZH_TEMPLATES.map(([en, zh]) => {
  const names: string[] = [];
  const pattern = en.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), "(.+?)"));
  return { regex: new RegExp(`^${pattern}$`), names, zh };
});

/** The message in the interface's language, when the catalogue has it. */
export function localiseMessage(message: string, locale: Locale): string {
  if (locale === "en") return message;
  if (ZH[message]) return ZH[message];
  for (const { regex, names, zh } of compiled) {
    const m = regex.exec(message);
    if (m) return names.reduce((text, name, i) => text.replace(`{${name}}`, m[i + 1]), zh);
  }
  return message;
}
