// Shared by the Playwright side and the database worker of the security suite.
export const BULLETIN_TEXT = "全市新建学校12所，医院3家。The council hired 240 new nurses last year. 市长表示将继续改善环境。";
export const SOURCE_TEXT = "教育局通报：一季度全市新建学校12所，新建医院3家。";
export type TestUser = { id: string; email: string; name: string; role: "ADMIN" | "EDITOR" | "REVIEWER"; active: boolean };
