// The records the access table's calls work on, made by the database worker (db-tasks.ts).
import { BULLETIN_TEXT, SOURCE_TEXT, type TestUser } from "./constants";
import { db } from "./db";

export { BULLETIN_TEXT, SOURCE_TEXT };
export const bulletin = (owner: TestUser) => db("bulletin", owner);
export const deletedBulletin = (owner: TestUser) => db("deletedBulletin", owner);
export const claim = (owner: TestUser, options: Parameters<typeof import("./db-tasks").claim>[1] = {}) => db("claim", owner, options);
export const serverClaim = (bulletinId: string, start: number, end: number) => db("serverClaim", bulletinId, start, end);
export const source = (owner: TestUser) => db("source", owner);
export const token = (owner: TestUser) => db("token", owner);
export const shareLink = (owner: TestUser) => db("shareLink", owner);

export function form(values: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}
