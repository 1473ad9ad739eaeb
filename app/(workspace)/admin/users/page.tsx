import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserTable } from "@/components/admin/user-table";
import { requireUser } from "@/lib/auth/session";
import { canManageUsers } from "@/lib/auth/permissions";
import { getMessages } from "@/lib/i18n/locale";
import { listUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.usersTitle };
}

export default async function UsersPage() {
  const user = await requireUser();
  if (!canManageUsers(user)) forbidden();
  const [{ locale, t }, users] = await Promise.all([getMessages(), listUsers()]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t.usersTitle}</h1>
          <p className="lead">{t.usersLead}</p>
        </div>
      </div>
      <div className="stack">
        <UserTable users={users} currentUserId={user.id} t={t} locale={locale} />
        <section className="card" aria-labelledby="add-user">
          <h2 id="add-user">{t.addUser}</h2>
          <CreateUserForm t={t} />
        </section>
      </div>
    </>
  );
}
