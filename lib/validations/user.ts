import { z } from "zod";

export const ROLES = ["ADMIN", "EDITOR", "REVIEWER"] as const;
export type RoleName = (typeof ROLES)[number];

const email = z
  .string()
  .max(254, "Enter a valid email address.")
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address."));
const name = z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters.");
export const password = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.");

// No password longer than the longest one can be set: refused before any hashing or throttle row.
export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(200, "The email or password is not correct."),
});

export const setupSchema = z
  .object({ name, email, password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: "The passwords do not match.", path: ["confirm"] });

export const createUserSchema = z.object({
  name,
  email,
  password,
  role: z.enum(ROLES, "Choose a role."),
});

export const changeRoleSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(ROLES, "Choose a role."),
});

export const setActiveSchema = z.object({
  userId: z.string().min(1),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const changePasswordSchema = z
  .object({ current: z.string().min(1, "Enter your current password.").max(200, "The current password is not correct."), password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: "The passwords do not match.", path: ["confirm"] });

export const setPasswordSchema = z.object({ userId: z.string().min(1), password });
