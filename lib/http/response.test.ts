import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { errorResponse, jsonBody, route } from "./response";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("errorResponse", () => {
  it("answers an AppError with its status and { error: { code, message } }", async () => {
    const response = errorResponse(new AppError("conflict", "user.emailTaken"));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: "conflict", key: "user.emailTaken", message: "A user with this email already exists." } });
    expect(await errorResponse(new AppError("conflict", "user.emailTaken"), "zh").json()).toMatchObject({ error: { message: "已有用户使用此电子邮箱。" } });
  });

  it.each([
    ["bad_request", 400],
    ["unauthenticated", 401],
    ["forbidden", 403],
    ["not_found", 404],
    ["throttled", 429],
    ["too_large", 413],
    ["unsupported_media_type", 415],
  ] as const)("answers AppError %s with %i", async (code, status) => {
    const response = errorResponse(new AppError(code, "invalidValue"));
    expect(response.status).toBe(status);
    expect((await response.json()).error.code).toBe(code);
  });

  it("includes an AppError's field errors as fields", async () => {
    const response = errorResponse(new AppError("conflict", "user.emailTaken", { email: ["user.emailInUse"] }));
    expect(await response.json()).toEqual({
      error: { code: "conflict", key: "user.emailTaken", message: "A user with this email already exists.", fields: { email: ["This email is already in use."] } },
    });
  });

  it("answers a ZodError with 400 and the fields that failed", async () => {
    const result = z.object({ email: z.email("validation.email"), age: z.number() }).safeParse({ email: "x", age: "1" });
    const response = errorResponse(result.error);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "bad_request", key: "requestInvalid", fields: { email: ["Enter a valid email address."], age: [expect.stringMatching(/expected number/)] } });
    expect(body.error.message).toMatch(/^The request is not valid: email: Enter a valid email address\.; age: /);
  });

  it("answers any other error with 500 and the generic message, leaking nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = new Error("SQLITE_CORRUPT at /srv/secret/path.db");
    const response = errorResponse(error);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "internal", key: "generic", message: GENERIC_ERROR_MESSAGE } });
    expect(text).not.toContain("SQLITE_CORRUPT");
    expect(text).not.toContain("/srv/secret");
    expect(text).not.toMatch(/\bat .*:\d+:\d+/);
    // The real cause goes to the server log instead.
    expect(log).toHaveBeenCalledWith("request failed", error);
  });

  it("answers a thrown non-Error value the same way", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse("internal detail");
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("internal detail");
  });
});

describe("route", () => {
  it("passes a handler's response through", async () => {
    const handler = route(async (n: number) => Response.json({ n }, { status: 201 }));
    const response = await handler(7);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ n: 7 });
  });

  it("turns a thrown error into the one error shape", async () => {
    const handler = route(async () => {
      throw new AppError("forbidden", "forbidden");
    });
    const response = await handler();
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "forbidden", key: "forbidden", message: "You do not have permission to do that." } });
  });
});

describe("jsonBody", () => {
  const post = (body: string) => new Request("http://localhost/api", { method: "POST", body, headers: { "content-type": "application/json" } });

  it("reads a JSON body", async () => {
    await expect(jsonBody(post('{"a":1}'))).resolves.toEqual({ a: 1 });
  });

  it("refuses a body not sent as JSON (a cross-site form posts text/plain)", async () => {
    const form = new Request("http://localhost/api", { method: "POST", body: '{"a":1}', headers: { "content-type": "text/plain" } });
    await expect(jsonBody(form)).rejects.toMatchObject({ code: "unsupported_media_type", status: 415 });
  });

  it("turns a body that is not JSON into a bad_request AppError", async () => {
    const error = await jsonBody(post("{not json")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "bad_request", status: 400 });
  });
});
