import { EXPORT_FORMATS } from "@/lib/export/model";
import { writePaths } from "./openapi-writes";

const VERDICTS = ["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"];

const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
const scopeParams = [
  { name: "scope", in: "query", schema: { type: "string", enum: ["verified", "all"], default: "verified" }, description: "Verified claims only (default) or all claims." },
  { name: "verdict", in: "query", schema: { type: "string", enum: VERDICTS }, description: "Only verified claims with this verdict." },
];
const errors = {
  "400": { description: "A parameter is not valid; the message lists the valid values.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "401": { description: "No session and no valid API token.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "403": { description: "The user's role does not allow this.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "404": { description: "No such bulletin.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
};
const json = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });

/** The OpenAPI 3.1 description of the API, served at /api/v1/openapi.json. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Claimdesk API",
      version: "1",
      description:
        "Bulletins, claims, reports and exports, and the writes of a checking desk: imports, sources and figure checks. Authenticate with " +
        "the session cookie or a personal API token (Account → API tokens) sent as `Authorization: Bearer <token>`. A token acts with its " +
        "user's role (exports and imports need an editor) and its scopes: `read` for GET, `write` for every POST (a read-only token gets 403). " +
        "Writes take JSON bodies only (415 otherwise); files travel inside them as base64. Errors are `{ error: { code, key, message, fields? } }` " +
        "in the caller's language (the user's setting, else Accept-Language).",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal API token with the scope `read`, or `read write`." },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, fields: { type: "object" } } } },
        },
      },
    },
    paths: {
      "/me": { get: { summary: "The authenticated user", responses: { "200": json("The user."), "401": errors["401"] } } },
      "/notifications": {
        get: {
          summary: "The authenticated user's notifications, newest first, and how many are unread",
          parameters: [{ name: "since", in: "query", schema: { type: "string", format: "date-time" }, description: "Only notifications after this moment." }],
          responses: { "200": json("{ unread, notifications }."), "400": errors["400"], "401": errors["401"] },
        },
      },
      "/bulletins": {
        ...writePaths["/bulletins"],
        get: {
          summary: "Bulletins with claim counts per status",
          parameters: [{ name: "q", in: "query", schema: { type: "string" }, description: "Search by title." }],
          responses: { "200": json("The bulletins, newest first."), "400": errors["400"], "401": errors["401"] },
        },
      },
      "/bulletins/{id}": { get: { summary: "One bulletin with its cleaned text", parameters: [idParam], responses: { "200": json("The bulletin."), "401": errors["401"], "404": errors["404"] } } },
      "/bulletins/{id}/claims": { get: { summary: "Every claim of a bulletin", parameters: [idParam], responses: { "200": json("The claims with figures, evidence and sources."), "401": errors["401"], "404": errors["404"] } } },
      "/bulletins/{id}/figure-proposals": {
        get: {
          summary: "Each figure of a bulletin with its proposed check",
          parameters: [idParam],
          responses: {
            "200": json("`{ data: [{ figureId, claimId, claimNumber, figure, value, check, proposal: { result, reason, confidence }, source: { id, title, snapshotId, attachedTo } | null, sourceText, sourceValue, start, end, passage: { text, start, end } | null }] }`: `result` is matches, within-rounding, differs or not-found; offsets are UTF-16 offsets in the source snapshot."),
            "401": errors["401"], "403": errors["403"], "404": errors["404"],
          },
        },
      },
      "/bulletins/{id}/report": {
        get: { summary: "The report as JSON (editors)", parameters: [idParam, ...scopeParams], responses: { "200": json("`{ bulletin, claims }`."), "400": errors["400"], "401": errors["401"], "403": errors["403"], "404": errors["404"] } },
      },
      "/bulletins/{id}/export": {
        get: {
          summary: "The report in one format, streamed (editors)",
          parameters: [idParam, { name: "format", in: "query", required: true, schema: { type: "string", enum: [...EXPORT_FORMATS] } }, ...scopeParams],
          responses: {
            "200": {
              description: "md: Markdown; html: a standalone page; xlsx: a workbook with sheets Claims, Figures, Evidence and Sources; csv: the claims and figures-csv: the figures (one table each, UTF-8 with BOM); json: everything incl. history; claimreview: schema.org ClaimReview JSON-LD of the published claims; annotations: a W3C Web Annotation AnnotationCollection. The file is named after the bulletin's title and date (RFC 6266 `filename*`).",
              content: { "text/markdown": {}, "text/html": {}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}, "text/csv": {}, "application/json": {}, "application/ld+json": {} },
            },
            ...errors,
          },
        },
      },
      "/bulletins/{id}/changes": {
        get: {
          summary: "What changed after a version of the bulletin (the workspace's live refresh)",
          parameters: [idParam, { name: "version", in: "query", required: true, schema: { type: "integer" } }],
          responses: { "200": json("`{ version }` when nothing changed, else `{ version, claims, removed }`: the changed claims' summaries and the ids of removed claims."), "400": errors["400"], "401": errors["401"], "404": errors["404"] },
        },
      },
      "/bulletins/{id}/events": {
        get: {
          summary: "Server-sent events: `change` with the new version whenever the bulletin changes, on any server",
          parameters: [idParam],
          responses: { "200": { description: "An event stream.", content: { "text/event-stream": {} } }, "401": errors["401"], "404": errors["404"] },
        },
      },
      "/bulletins/{id}/cleaning-changes": { get: { summary: "The cleaning changes kept at import", parameters: [idParam], responses: { "200": json("The changes."), "401": errors["401"], "404": errors["404"] } } },
      "/claims/{id}": { get: { summary: "One claim in full: figures, evidence, sources, findings", parameters: [idParam], responses: { "200": json("The claim."), "401": errors["401"], "404": errors["404"] } } },
      "/sources": { get: { summary: "The source library", parameters: [{ name: "q", in: "query", schema: { type: "string" } }, { name: "bulletinId", in: "query", schema: { type: "string" } }], responses: { "200": json("Sources."), "401": errors["401"] } } },
      "/sources/{id}": { get: { summary: "A source with its newest snapshot", parameters: [idParam], responses: { "200": json("The source."), "401": errors["401"], "404": errors["404"] } } },
      "/claims/{id}/card": {
        get: {
          summary: "The share card of a published claim as a PNG",
          parameters: [
            idParam,
            { name: "size", in: "query", schema: { type: "string", enum: ["landscape", "square"], default: "landscape" }, description: "landscape: 1200 × 675; square: 1080 × 1080" },
            { name: "lang", in: "query", schema: { type: "string", enum: ["zh", "en"] }, description: "The card's language; the bulletin's by default." },
          ],
          responses: { "200": { description: "The card.", content: { "image/png": {} } }, "400": errors["400"], "401": errors["401"], "404": errors["404"] },
        },
      },
      "/imports/{id}": writePaths["/imports/{id}"],
      "/claims/{id}/sources": writePaths["/claims/{id}/sources"],
      "/bulletins/{id}/sources": writePaths["/bulletins/{id}/sources"],
      "/figures/{id}/check": writePaths["/figures/{id}/check"],
      "/claims/{id}/discussion": { get: { summary: "A claim's comments and history", parameters: [idParam], responses: { "200": json("Comments and history."), "401": errors["401"] } } },
    },
  };
}
