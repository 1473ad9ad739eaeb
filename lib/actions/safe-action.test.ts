import { redirect } from "next/navigation";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { createUserSchema } from "@/lib/validations/user";

// The session is the one part stood in for: the wrapper reads it once and signs out anyone else.
const currentSessionState = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/session", async () => {
  const { redirect } = await import("next/navigation");
  return { currentSessionState, userOrSignIn: (state: { kind: string; user?: unknown }) => (state.kind === "user" ? state.user : redirect("/signin")) };
});

const { failureState, formAction } = await import("./safe-action");

const admin = { id: "u1", email: "ada@example.com", name: "Ada", role: "ADMIN", active: true, createdAt: new Date() };
const idle = { status: "idle" } as const;

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

/** The error Next throws for redirect(); it must pass through untouched. */
function redirectError(): unknown {
  try {
    redirect("/signin");
  } catch (error) {
    return error;
  }
}

beforeEach(() => {
  currentSessionState.mockResolvedValue({ kind: "user", user: admin });
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  currentSessionState.mockReset();
});

describe("failureState", () => {
  it("shows an AppError's message and field errors", () => {
    expect(failureState(new AppError("conflict", "user.emailTaken", { email: ["user.emailInUse"] }), { email: "a@b.c" })).toEqual({
      status: "error",
      code: "conflict",
      message: "A user with this email already exists.",
      fieldErrors: { email: ["This email is already in use."] },
      values: { email: "a@b.c" },
    });
    expect(failureState(new AppError("conflict", "user.emailTaken", { email: ["user.emailInUse"] }), {}, "zh")).toMatchObject({
      message: "已有用户使用此电子邮箱。",
      fieldErrors: { email: ["此电子邮箱已被使用。"] },
    });
  });

  it("shows any other error as the generic message", () => {
    const state = failureState(new Error("SQLITE_BUSY: database is locked"));
    expect(state).toEqual({ status: "error", code: "internal", message: GENERIC_ERROR_MESSAGE, values: undefined });
  });

  it("rethrows Next's redirect instead of swallowing it", () => {
    const error = redirectError();
    expect(() => failureState(error)).toThrow(error as Error);
  });
});

describe("formAction", () => {
  const valid = { name: "Rita", email: "Rita@Example.com", password: "a long password", role: "REVIEWER" };

  it("authenticates, then hands the parsed input to the handler", async () => {
    const handler = vi.fn(async () => ({ message: "Added." }));
    const state = await formAction(createUserSchema, handler)(idle, form(valid));

    expect(state).toEqual({ status: "ok", message: "Added." });
    // Once for the user and the language both.
    expect(currentSessionState).toHaveBeenCalledOnce();
    expect(handler).toHaveBeenCalledWith(admin, { ...valid, email: "rita@example.com" });
  });

  it("returns field errors and the typed values, never the passwords, without calling the handler", async () => {
    const handler = vi.fn();
    const state = await formAction(createUserSchema, handler)(idle, form({ ...valid, email: "bad", password: "short", confirm: "short" }));

    expect(handler).not.toHaveBeenCalled();
    expect(state).toMatchObject({ status: "error", fieldErrors: { email: expect.any(Array), password: expect.any(Array) } });
    expect(state.status === "error" && state.values).toEqual({ name: "Rita", email: "bad", role: "REVIEWER" });
  });

  it("turns the handler's AppError into a message with field errors", async () => {
    const handler = vi.fn(async () => {
      throw new AppError("conflict", "user.emailTaken", { email: ["user.emailInUse"] });
    });
    const state = await formAction(createUserSchema, handler)(idle, form(valid));
    expect(state).toMatchObject({ status: "error", message: "A user with this email already exists.", fieldErrors: { email: ["This email is already in use."] } });
  });

  it("hides any other error behind the generic message", async () => {
    const handler = vi.fn(async () => {
      throw new Error("internal detail");
    });
    const state = await formAction(createUserSchema, handler)(idle, form(valid));
    expect(state).toMatchObject({ status: "error", message: GENERIC_ERROR_MESSAGE });
    expect(JSON.stringify(state)).not.toContain("internal detail");
  });

  it("does not run the handler when nobody is signed in; the sign-in redirect goes through", async () => {
    currentSessionState.mockResolvedValue({ kind: "anonymous" });
    const handler = vi.fn();
    await expect(formAction(createUserSchema, handler)(idle, form(valid))).rejects.toMatchObject({ digest: (redirectError() as { digest: string }).digest });
    expect(handler).not.toHaveBeenCalled();
  });
});
