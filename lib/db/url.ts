export type Dialect = "sqlite" | "postgresql";

/** postgres:// and postgresql:// URLs are PostgreSQL; anything else is a SQLite file. */
export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

export function sqliteFile(url: string): string {
  return url.replace(/^file:/, "");
}

/** The URL without its password, for messages and logs. */
export function redactedUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
