import { z } from "zod";

export const ROLES = ["ADMIN", "EDITOR", "REVIEWER"] as const;
export type RoleName = (typeof ROLES)[number];

const email = z
  .string()
  .max(254, "validation.email")
  .trim()
  .toLowerCase()
  .pipe(z.email("validation.email"));
const name = z.string().trim().min(1, "validation.name").max(100, "validation.nameLong");
export const password = z
  .string()
  .min(10, "validation.passwordShort")
  .max(200, "validation.passwordLong");

// No password longer than the longest one can be set: refused before any hashing or throttle row.
export const signInSchema = z.object({
  email,
  password: z.string().min(1, "validation.passwordRequired").max(200, "badCredentials"),
});

export const setupSchema = z
  .object({ name, email, password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: "validation.passwordsDiffer", path: ["confirm"] });

export const createUserSchema = z.object({
  name,
  email,
  password,
  role: z.enum(ROLES, "validation.role"),
});

export const changeRoleSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(ROLES, "validation.role"),
});

export const setActiveSchema = z.object({
  userId: z.string().min(1),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const changePasswordSchema = z
  .object({ current: z.string().min(1, "validation.currentPassword").max(200, "user.currentPasswordWrong"), password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: "validation.passwordsDiffer", path: ["confirm"] });

export const setPasswordSchema = z.object({ userId: z.string().min(1), password });
