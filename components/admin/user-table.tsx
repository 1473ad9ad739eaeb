import type { Locale, Messages } from "@/lib/i18n/catalogue";
import type { RoleName } from "@/lib/validations/user";
import { UserRowActions } from "./user-row-actions";

type User = { id: string; email: string; name: string; role: RoleName; active: boolean; createdAt: Date };

export function UserTable({ users, currentUserId, t, locale }: { users: User[]; currentUserId: string; t: Messages; locale: Locale }) {
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium" });
  return (
    <div className="card table-scroll">
      <table className="data">
        <thead>
          <tr><th>{t.name}</th><th>{t.role}</th><th>{t.status}</th><th>{t.joined}</th><th><span className="sr-only">{t.actions}</span></th></tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid={`user-${user.email}`}>
              <td>
                <strong>{user.name}</strong>{user.id === currentUserId && <span className="muted"> ({t.you})</span>}
                <div className="muted">{user.email}</div>
              </td>
              <td><span className={`badge role-${user.role}`}>{t[`role${user.role}`]}</span></td>
              <td><span className={`badge ${user.active ? "ok" : "off"}`}>{user.active ? t.active : t.inactive}</span></td>
              <td className="muted nowrap">{date.format(user.createdAt)}</td>
              <td><UserRowActions user={user} t={t} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
