import { notFound, redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { translate } from "@/lib/i18n/catalogue";
import { failureResult } from "./safe-action";

// failureResult on its own: no session, nothing stubbed (jsonAction with real sessions is in e2e/actions.spec.ts).

function thrown(fn: () => never): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
}

afterEach(() => vi.restoreAllMocks());

describe("failureResult", () => {
  it("passes an AppError's code, message, field errors and details through, in the reader's language", () => {
    const current = { id: "c1", version: 4, status: "IN_PROGRESS" };
    const error = new AppError("conflict", "claim.staleUnknown", { rationale: ["validation.rationale"] }, current);
    expect(failureResult(error)).toEqual({
      ok: false,
      error: { code: "conflict", key: "claim.staleUnknown", message: translate("en", "claim.staleUnknown"), fieldErrors: { rationale: ["Write the rationale for this verdict."] }, details: current },
    });
    expect(failureResult(error, "zh")).toMatchObject({
      error: { message: translate("zh", "claim.staleUnknown"), fieldErrors: { rationale: ["请填写该结论的理由。"] } },
    });
    expect(failureResult(new AppError("forbidden", "claim.onlyEditorAssigns"))).toEqual({
      ok: false,
      error: { code: "forbidden", key: "claim.onlyEditorAssigns", message: "Only an editor can assign claims.", fieldErrors: undefined, details: undefined },
    });
  });

  it("logs any other error and answers the generic message, leaking nothing", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = new Error("SQLITE_CONSTRAINT: UNIQUE constraint failed: User.email");
    const result = failureResult(error);
    expect(result).toEqual({ ok: false, error: { code: "internal", message: GENERIC_ERROR_MESSAGE } });
    expect(JSON.stringify(result)).not.toContain("SQLITE");
    expect(log).toHaveBeenCalledWith("action failed", error);
    expect(failureResult("a string thrown")).toEqual({ ok: false, error: { code: "internal", message: GENERIC_ERROR_MESSAGE } });
  });

  it("rethrows Next's redirect and not-found instead of turning them into results", () => {
    for (const error of [thrown(() => redirect("/signin")), thrown(() => notFound())]) {
      expect(() => failureResult(error)).toThrow(error as Error);
    }
  });
});
