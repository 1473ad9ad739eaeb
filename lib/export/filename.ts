import type { ReportBulletin } from "./model";

const MAX_TITLE = 80;

/** Letters (any script), digits and marks stay; runs of anything else become one hyphen. */
function slug(text: string): string {
  return [...text.normalize("NFC").replace(/[^\p{L}\p{N}\p{M}]+/gu, "-").replace(/^-+|-+$/g, "")].slice(0, MAX_TITLE).join("").replace(/-+$/, "");
}

/** "同舟共济-2020-05-01-claims.xlsx": the bulletin's title and date, then what the file holds. */
export function exportFileName(bulletin: Pick<ReportBulletin, "title" | "publishedOn" | "importedAt">, suffix: string): string {
  const date = bulletin.publishedOn ?? bulletin.importedAt.slice(0, 10);
  return [slug(bulletin.title) || "claimdesk", date, suffix].join("-");
}

/**
 * `attachment` with an ASCII `filename` for old clients and the real name as RFC 5987
 * `filename*` (RFC 6266), so Chinese titles survive every browser.
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\%]/g, "").replace(/^[-.]+/, "") || "claimdesk";
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
