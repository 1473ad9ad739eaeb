// The records the access table's calls work on, made by the database worker (db-tasks.ts).
import { BULLETIN_TEXT, SOURCE_TEXT, type TestUser } from "./constants";
import { db } from "./db";

export { BULLETIN_TEXT, SOURCE_TEXT };
export const bulletin = (owner: TestUser) => db("bulletin", owner);
export const deletedBulletin = (owner: TestUser) => db("deletedBulletin", owner);
export const importedBulletin = (owner: TestUser) => db("importedBulletin", owner);
export const claim = (owner: TestUser, options: Parameters<typeof import("./db-tasks").claim>[1] = {}) => db("claim", owner, options);
export const serverClaim = (bulletinId: string, start: number, end: number) => db("serverClaim", bulletinId, start, end);
export const source = (owner: TestUser, url?: string) => db("source", owner, url);
export const token = (owner: TestUser) => db("token", owner);
export const bulletinSource = (owner: TestUser) => db("bulletinSource", owner);
export const notification = (owner: TestUser) => db("notification", owner);
export const shareLink = (owner: TestUser) => db("shareLink", owner);
export const sharedClaim = (owner: TestUser) => db("sharedClaim", owner);

/** A claim sheet as a desk keeps one: a header row and two claims. */
export const claimSheet = () => new File(["Claim,Notes\n全市新建学校12所。,From the notice\nThe council hired 240 new nurses.,\n"], "claims.csv", { type: "text/csv" });

export function form(values: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}
