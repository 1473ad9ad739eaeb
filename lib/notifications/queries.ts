import type { Db } from "@/lib/db";

export type NotificationView = {
  id: string;
  kind: "ASSIGNED" | "SENT_BACK" | "APPROVED" | "MENTIONED" | "CHANGED";
  actor: string | null;
  claimId: string | null;
  claimNumber: number | null;
  bulletinId: string | null;
  params: Record<string, string | number>;
  createdAt: string;
  read: boolean;
};

const LIST = 30;

/** A user's latest notifications and how many are unread; `since` answers only newer ones (for the live poll). */
export async function notificationsOf(client: Db, userId: string, since?: Date) {
  const [rows, unread] = await Promise.all([
    client.notification.findMany({
      where: { userId, ...(since ? { createdAt: { gt: since } } : {}), OR: [{ bulletinId: null }, { bulletin: { deletedAt: null } }] },
      orderBy: { createdAt: "desc" },
      take: LIST,
      select: {
        id: true, kind: true, claimId: true, bulletinId: true, params: true, createdAt: true, readAt: true,
        actor: { select: { name: true } }, claim: { select: { number: true } },
      },
    }),
    client.notification.count({ where: { userId, readAt: null, OR: [{ bulletinId: null }, { bulletin: { deletedAt: null } }] } }),
  ]);
  const notifications: NotificationView[] = rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    actor: n.actor?.name ?? null,
    claimId: n.claimId,
    claimNumber: n.claim?.number ?? null,
    bulletinId: n.bulletinId,
    params: JSON.parse(n.params) as Record<string, string | number>,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  }));
  return { unread, notifications };
}

/** Marks the user's own notifications read: the listed ones, or all of them. */
export async function markRead(client: Db, userId: string, ids?: string[]): Promise<number> {
  const { count } = await client.notification.updateMany({
    where: { userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}
