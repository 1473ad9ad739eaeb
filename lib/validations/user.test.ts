import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsOf } from "./field-errors";
import { changePasswordSchema, changeRoleSchema, createUserSchema, setActiveSchema, setupSchema, signInSchema } from "./user";

/** The field errors a schema gives for this input (fails the test if it accepts it). */
function errorsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be refused`).toBe(false);
  return fieldErrorsOf(result.error!);
}

const setup = { name: "Ada", email: "ada@example.com", password: "a long password", confirm: "a long password" };
const newUser = { name: "Rita", email: "rita@example.com", password: "a long password", role: "REVIEWER" };

describe("signInSchema", () => {
  it("trims and lower-cases the email", () => {
    expect(signInSchema.parse({ email: "  Ada@Example.COM ", password: "x" })).toEqual({ email: "ada@example.com", password: "x" });
  });

  it("refuses a bad email and an empty password, field by field", () => {
    expect(errorsOf(signInSchema, { email: "not-an-email", password: "" })).toEqual({
      email: ["Enter a valid email address."],
      password: ["Enter your password."],
    });
  });

  it("does not apply the new-password length rule when signing in", () => {
    expect(signInSchema.safeParse({ email: "ada@example.com", password: "short" }).success).toBe(true);
  });

  it("refuses a password longer than any that can be set, and an overlong email, before any hashing", () => {
    expect(signInSchema.safeParse({ email: "ada@example.com", password: "x".repeat(200) }).success).toBe(true);
    expect(errorsOf(signInSchema, { email: "ada@example.com", password: "x".repeat(201) })).toEqual({ password: ["The email or password is not correct."] });
    expect(errorsOf(signInSchema, { email: `${"a".repeat(250)}@example.com`, password: "x" })).toEqual({ email: ["Enter a valid email address."] });
    expect(errorsOf(changePasswordSchema, { current: "x".repeat(201), password: "a long new password", confirm: "a long new password" })).toEqual({ current: ["The current password is not correct."] });
  });
});

describe("setupSchema", () => {
  it("accepts a valid form and normalises name and email", () => {
    expect(setupSchema.parse({ ...setup, name: "  Ada  ", email: "ADA@example.com" })).toMatchObject({ name: "Ada", email: "ada@example.com" });
  });

  it("puts a mismatched confirmation on the confirm field", () => {
    expect(errorsOf(setupSchema, { ...setup, confirm: "a different password" })).toEqual({ confirm: ["The passwords do not match."] });
  });

  it("refuses a short password, a bad email and a blank name", () => {
    const errors = errorsOf(setupSchema, { name: "   ", email: "ada@", password: "short", confirm: "short" });
    expect(errors.name).toEqual(["Enter a name."]);
    expect(errors.email).toEqual(["Enter a valid email address."]);
    expect(errors.password).toEqual(["Use at least 10 characters."]);
  });

  it("refuses a password over 200 characters and a name over 100", () => {
    const long = "p".repeat(201);
    const errors = errorsOf(setupSchema, { ...setup, name: "n".repeat(101), password: long, confirm: long });
    expect(Object.keys(errors).sort()).toEqual(["name", "password"]);
  });
});

describe("createUserSchema", () => {
  it("accepts each role", () => {
    for (const role of ["ADMIN", "EDITOR", "REVIEWER"]) expect(createUserSchema.safeParse({ ...newUser, role }).success).toBe(true);
  });

  it("lower-cases the email", () => {
    expect(createUserSchema.parse({ ...newUser, email: "Rita@Example.com" }).email).toBe("rita@example.com");
  });

  it.each(["OWNER", "admin", "", undefined])("refuses role %s with a role field error", (role) => {
    expect(errorsOf(createUserSchema, { ...newUser, role })).toEqual({ role: ["Choose a role."] });
  });

  it("refuses a bad email and a short password on their fields", () => {
    expect(errorsOf(createUserSchema, { ...newUser, email: "rita at example", password: "123456789" })).toEqual({
      email: ["Enter a valid email address."],
      password: ["Use at least 10 characters."],
    });
  });
});

describe("the admin forms' small schemas", () => {
  it("changeRoleSchema needs a user id and a known role", () => {
    expect(changeRoleSchema.safeParse({ userId: "u1", role: "EDITOR" }).success).toBe(true);
    expect(Object.keys(errorsOf(changeRoleSchema, { userId: "", role: "BOSS" })).sort()).toEqual(["role", "userId"]);
  });

  it("setActiveSchema turns the form's 'true'/'false' into a boolean and refuses anything else", () => {
    expect(setActiveSchema.parse({ userId: "u1", active: "true" }).active).toBe(true);
    expect(setActiveSchema.parse({ userId: "u1", active: "false" }).active).toBe(false);
    expect(Object.keys(errorsOf(setActiveSchema, { userId: "u1", active: "yes" }))).toEqual(["active"]);
  });

  it("changePasswordSchema needs the current password and a matching confirmation", () => {
    expect(errorsOf(changePasswordSchema, { current: "", password: "a long password", confirm: "a long passwore" })).toEqual({
      current: ["Enter your current password."],
      confirm: ["The passwords do not match."],
    });
  });
});
