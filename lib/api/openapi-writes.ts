import { MAX_UPLOAD_BYTES, SUPPORTED_EXTENSIONS } from "@/lib/ingest";
import { FIGURE_CHECKS, SOURCE_KINDS } from "@/lib/validations/source";

// The write half of the API's description: every path here needs a token with the `write` scope
// (or a session) and a JSON body. The rules themselves are the zod schemas the routes parse.

const errorBody = { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const writeErrors = {
  "400": { description: "The body is not valid: `error.fields` names each field and says why.", ...errorBody },
  "401": { description: "No session and no valid API token.", ...errorBody },
  "403": { description: "The token lacks the `write` scope, or the user's role does not allow this.", ...errorBody },
  "404": { description: "No such record.", ...errorBody },
  "409": { description: "The claim is in review or verified, or it changed since `version` (the current record is in `error`).", ...errorBody },
  "415": { description: "The body was not sent as `application/json`.", ...errorBody },
};
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
const keyHeader = {
  name: "Idempotency-Key",
  in: "header",
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]{16,64}$" },
  description: "A key the client makes up for this create (or `requestKey` in the body). A retry with the same key gets the first answer instead of a second record, for 24 hours.",
};
const json = (schema: object) => ({ required: true, content: { "application/json": { schema } } });
const data = (description: string, properties: object) => ({
  description,
  content: { "application/json": { schema: { type: "object", properties: { data: { type: "object", properties } } } } },
});

export const fileSchema = {
  type: "object",
  required: ["name", "base64"],
  additionalProperties: false,
  description: `A file inside the JSON body, read as an upload is (${SUPPORTED_EXTENSIONS.join(", ")}; at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB). The name's extension decides the reader.`,
  properties: { name: { type: "string", maxLength: 255 }, contentType: { type: "string" }, base64: { type: "string", contentEncoding: "base64" } },
};

const sourceMeta = {
  title: { type: "string", maxLength: 300, description: "Required, except for a URL (the page's title by default)." },
  publisher: { type: "string", maxLength: 200 },
  publishedOn: { type: "string", format: "date" },
  kind: { type: "string", enum: [...SOURCE_KINDS] },
  credibility: { type: "integer", minimum: 1, maximum: 5, description: "1 = doubtful … 5 = authoritative." },
};

const importDone = { status: { const: "done" }, id: { type: "string" }, claims: { type: "integer" } };
const importPending = { status: { const: "pending" }, job: { type: "string" }, poll: { type: "string", description: "GET this path until it answers 200." } };

/** Attaching a source: the same body for a claim and for a whole bulletin. */
function attachSourcePath(to: string) {
  return {
    post: {
      summary: `Attach a source to ${to}: an existing source, a URL the server fetches and archives, pasted text, or a file`,
      parameters: [idParam, keyHeader],
      requestBody: json({
        type: "object",
        description:
          "Exactly one of `sourceId`, `url`, `text` or `file`. A URL is fetched by the server with the same address checks as the workspace (no private, loopback or metadata addresses, at most 10 MB and 20 s); a URL already in the library is attached without fetching.",
        properties: { sourceId: { type: "string" }, url: { type: "string", format: "uri" }, text: { type: "string" }, file: fileSchema, ...sourceMeta, requestKey: keyHeader.schema },
      }),
      responses: {
        "201": data("A new source, attached.", { sourceId: { type: "string" }, reused: { const: false }, created: { const: true } }),
        "200": data("A source already in the library, attached.", { sourceId: { type: "string" }, reused: { const: true }, created: { const: false } }),
        ...writeErrors,
      },
    },
  };
}

export const writePaths = {
  "/bulletins": {
    post: {
      summary: "Import a bulletin from text or a file (editors)",
      parameters: [keyHeader],
      requestBody: json({
        type: "object",
        required: ["title"],
        description: "Send `originalText` or `file`. Limits and cleaning are those of the import page; rejected cleaning changes are not taken here.",
        properties: {
          title: { type: "string", maxLength: 300, description: "Required with text; a file's own title otherwise." },
          originalText: { type: "string" },
          file: fileSchema,
          publisher: { type: "string", maxLength: 200 },
          publishedOn: { type: "string", format: "date" },
          language: { type: "string", enum: ["zh", "en", "auto"], default: "auto" },
          sourceUrl: { type: "string", format: "uri" },
          requestKey: keyHeader.schema,
        },
      }),
      responses: {
        "201": data("The bulletin, split into claims.", importDone),
        "202": { ...data("A large import continues in the background: poll `data.poll` (also in `Location`).", importPending) },
        ...writeErrors,
        "413": { description: "The file is too large.", ...errorBody },
      },
    },
  },
  "/imports/{id}": {
    get: {
      summary: "The state of a background import the caller started",
      parameters: [idParam],
      responses: { "200": data("Done: the bulletin.", importDone), "202": data("Still importing.", importPending), "401": writeErrors["401"], "404": writeErrors["404"] },
    },
  },
  "/claims/{id}/sources": attachSourcePath("a claim"),
  "/bulletins/{id}/sources": attachSourcePath("the whole bulletin (matched against every figure on its figure board)"),
  "/figures/{id}/check": {
    post: {
      summary: "Check a figure: accept the app's proposal, or set a result",
      parameters: [idParam, keyHeader],
      requestBody: json({
        type: "object",
        required: ["version"],
        description:
          "`accept: true` records what GET …/figure-proposals proposes (result, source, passage), as the figure board's accept does: the source is attached to the claim if only the bulletin had it, and the passage (or table cell) is added as evidence that supports (matches, within rounding) or refutes (differs) the claim, all in one transaction; a retry with the same `Idempotency-Key` writes nothing twice. Otherwise send `result` and what it needs: a source and its value for MATCHES, WITHIN_ROUNDING and DIFFERS, a reason (`note`) for NOT_CHECKABLE.",
        properties: {
          version: { type: "integer", minimum: 1, description: "The claim's version as last read; a stale one is a 409." },
          accept: { const: true },
          result: { type: "string", enum: [...FIGURE_CHECKS] },
          sourceId: { type: "string", description: "A source attached to the claim." },
          snapshotId: { type: "string" },
          sourceStart: { type: "integer", minimum: 0 },
          sourceEnd: { type: "integer", minimum: 0 },
          sourceValue: { type: "string", maxLength: 100 },
          relativeDifference: { type: "number" },
          note: { type: "string", maxLength: 2000 },
        },
      }),
      responses: { "200": data("The claim as it is now.", {}), ...writeErrors },
    },
  },
};
