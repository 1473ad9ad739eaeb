import { notFound, redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
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
  it("passes an AppError's code, message, field errors and details through", () => {
    const current = { id: "c1", version: 4, status: "IN_PROGRESS" };
    expect(failureResult(new AppError("conflict", "Someone else changed this claim.", { rationale: ["Changed."] }, current))).toEqual({
      ok: false,
      error: { code: "conflict", message: "Someone else changed this claim.", fieldErrors: { rationale: ["Changed."] }, details: current },
    });
    expect(failureResult(new AppError("forbidden", "Only an editor can do that."))).toEqual({
      ok: false,
      error: { code: "forbidden", message: "Only an editor can do that.", fieldErrors: undefined, details: undefined },
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
