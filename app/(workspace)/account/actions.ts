"use server";

import { db } from "@/lib/db";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, jsonAction } from "@/lib/actions/safe-action";
import { createApiToken, revokeApiToken } from "@/lib/tokens/api-tokens";
import { scopesFor, tokenAccessSchema } from "@/lib/tokens/scopes";
import { changeOwnPassword } from "@/lib/users/service";
import { changePasswordSchema } from "@/lib/validations/user";
import { requestKey } from "@/lib/validations/request-key";

// Changing the password ends every session, this one too: sign in again with the new password.
export const changePasswordAction = formAction(changePasswordSchema, async (user, input) => {
  await changeOwnPassword(db, user, input.current, input.password);
  redirect("/signin?notice=password-changed");
});

const createTokenSchema = z.object({ name: z.string().trim().min(1, "validation.tokenName").max(100, "validation.nameLong"), access: tokenAccessSchema, requestKey });

export const createApiTokenAction = jsonAction(createTokenSchema, async (user, input) => {
  const token = await createApiToken(db, user, input.name, input.requestKey, scopesFor(input.access));
  revalidatePath("/account");
  return token;
});

export const revokeApiTokenAction = jsonAction(z.object({ tokenId: z.string().min(1) }), async (user, input) => {
  await revokeApiToken(db, user, input.tokenId);
  revalidatePath("/account");
  return null;
});
