import { db } from "@/lib/db";

const publicFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  createdAt: true,
} as const;

export function listUsers() {
  return db.user.findMany({ select: publicFields, orderBy: [{ active: "desc" }, { name: "asc" }] });
}

export async function hasAnyUser(): Promise<boolean> {
  return (await db.user.count()) > 0;
}

export function findActiveUserById(id: string) {
  return db.user.findFirst({ where: { id, active: true }, select: publicFields });
}
