import type { Db } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canManageUsers, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { storeAnswer, storedAnswer, type RequestKey } from "@/lib/idempotency/keys";
import { hashSecret, newSecret } from "./secret";
import { parseScopes, type TokenScope } from "./scopes";

/**
 * Creates a personal API token; the returned secret is shown once and never stored. A retry with
 * the same request key (the first answer was lost, so its secret was never seen) gets the same
 * token with a new secret, instead of a second token.
 */
export async function createApiToken(client: Db, actor: Actor, name: string, key?: RequestKey, scopes: TokenScope[] = ["read"]) {
  if (!actor.active) throw forbidden();
  const secret = newSecret("cd");
  const token = await client.$transaction(async (tx) => {
    const repeated = await storedAnswer<{ id: string }>(tx, actor.id, key, "api-token");
    if (repeated) {
      return tx.apiToken.update({ where: { id: repeated.id }, data: { tokenHash: hashSecret(secret), prefix: secret.slice(0, 10) }, select: { id: true, name: true } });
    }
    const created = await tx.apiToken.create({ data: { userId: actor.id, name, tokenHash: hashSecret(secret), prefix: secret.slice(0, 10), scopes: scopes.join(" ") }, select: { id: true, name: true } });
    await appendAudit(tx, { actorId: actor.id, action: "token.create", entityType: "ApiToken", entityId: created.id, after: { name, scopes } });
    await storeAnswer(tx, actor.id, key, "api-token", { id: created.id });
    return created;
  });
  return { id: token.id, name: token.name, secret };
}

export async function revokeApiToken(client: Db, actor: Actor, tokenId: string) {
  await client.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { userId: true, name: true, revokedAt: true } });
    // A user revokes their own tokens; an administrator may revoke anyone's.
    if (!actor.active || !token || (token.userId !== actor.id && !canManageUsers(actor))) throw new AppError("not_found", "token.gone");
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, select: { id: true } });
    await appendAudit(tx, { actorId: actor.id, action: "token.revoke", entityType: "ApiToken", entityId: tokenId, before: { name: token.name } });
  });
}

export function listApiTokens(client: Db, userId: string) {
  return client.apiToken.findMany({
    where: { userId },
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  }).then((tokens) => tokens.map((token) => ({ ...token, scopes: parseScopes(token.scopes) })));
}

/** The active user behind a bearer token and what the token may do, or null; records when the token was last used. */
export async function tokenGrant(client: Db, secret: string) {
  const token = await client.apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: { id: true, revokedAt: true, scopes: true, user: { select: { id: true, email: true, name: true, role: true, active: true, createdAt: true, locale: true } } },
  });
  if (!token || token.revokedAt || !token.user.active) return null;
  await client.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() }, select: { id: true } });
  return { user: token.user, scopes: parseScopes(token.scopes) };
}

/** The active user behind a bearer token, or null. */
export async function userForToken(client: Db, secret: string) {
  return (await tokenGrant(client, secret))?.user ?? null;
}
