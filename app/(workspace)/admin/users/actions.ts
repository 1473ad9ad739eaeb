"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { formAction } from "@/lib/actions/safe-action";
import { message, translate } from "@/lib/i18n/catalogue";
import { requestLocale } from "@/lib/i18n/locale";
import { changeRole, createUser, setActive, setPasswordByAdmin } from "@/lib/users/service";
import { changeRoleSchema, createUserSchema, setActiveSchema, setPasswordSchema } from "@/lib/validations/user";

// Each action authenticates (formAction) and the service checks canManageUsers itself.

export const createUserAction = formAction(createUserSchema, async (actor, input) => {
  const user = await createUser(db, actor, input);
  revalidatePath("/admin/users");
  return { message: translate(await requestLocale(), message("user.created", { name: user.name, email: user.email })) };
});

export const changeRoleAction = formAction(changeRoleSchema, async (actor, input) => {
  await changeRole(db, actor, input.userId, input.role);
  revalidatePath("/admin/users");
});

export const setActiveAction = formAction(setActiveSchema, async (actor, input) => {
  await setActive(db, actor, input.userId, input.active);
  revalidatePath("/admin/users");
});

export const setPasswordAction = formAction(setPasswordSchema, async (actor, input) => {
  await setPasswordByAdmin(db, actor, input.userId, input.password);
  return { message: translate(await requestLocale(), "user.passwordSet") };
});
