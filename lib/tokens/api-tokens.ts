import type { Db } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canManageUsers, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { hashSecret, newSecret } from "./secret";

/** Creates a personal API token; the returned secret is shown once and never stored. */
export async function createApiToken(client: Db, actor: Actor, name: string) {
  if (!actor.active) throw forbidden();
  const secret = newSecret("cd");
  const token = await client.$transaction(async (tx) => {
    const created = await tx.apiToken.create({ data: { userId: actor.id, name, tokenHash: hashSecret(secret), prefix: secret.slice(0, 10) } });
    await appendAudit(tx, { actorId: actor.id, action: "token.create", entityType: "ApiToken", entityId: created.id, after: { name } });
    return created;
  });
  return { id: token.id, name: token.name, secret };
}

export async function revokeApiToken(client: Db, actor: Actor, tokenId: string) {
  await client.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { userId: true, name: true, revokedAt: true } });
    // A user revokes their own tokens; an administrator may revoke anyone's.
    if (!actor.active || !token || (token.userId !== actor.id && !canManageUsers(actor))) throw new AppError("not_found", "That token does not exist.");
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, select: { id: true } });
    await appendAudit(tx, { actorId: actor.id, action: "token.revoke", entityType: "ApiToken", entityId: tokenId, before: { name: token.name } });
  });
}

export function listApiTokens(client: Db, userId: string) {
  return client.apiToken.findMany({
    where: { userId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** The active user behind a bearer token, or null; records when the token was last used. */
export async function userForToken(client: Db, secret: string) {
  const token = await client.apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: { id: true, revokedAt: true, user: { select: { id: true, email: true, name: true, role: true, active: true, createdAt: true } } },
  });
  if (!token || token.revokedAt || !token.user.active) return null;
  await client.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() }, select: { id: true } });
  return token.user;
}
