"use server";

import { db } from "@/lib/db";
import { formAction } from "@/lib/actions/safe-action";
import { changeOwnPassword } from "@/lib/users/service";
import { changePasswordSchema } from "@/lib/validations/user";

export const changePasswordAction = formAction(changePasswordSchema, async (user, input) => {
  await changeOwnPassword(db, user, input.current, input.password);
  return { message: "ok" };
});
