"use client";

import { useActionState } from "react";
import { changeRoleAction, setActiveAction, setPasswordAction } from "@/app/(workspace)/admin/users/actions";
import { idle } from "@/lib/actions/safe-action-state";
import type { Messages } from "@/lib/i18n/catalogue";
import { ROLES, type RoleName } from "@/lib/validations/user";

type Props = { user: { id: string; name: string; role: RoleName; active: boolean }; t: Messages };

export function UserRowActions({ user, t }: Props) {
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, idle);
  const [activeState, activeAction, activePending] = useActionState(setActiveAction, idle);
  const [passwordState, passwordAction, passwordPending] = useActionState(setPasswordAction, idle);
  const error = [roleState, activeState, passwordState].find((s) => s.status === "error");
  return (
    <div>
      <div className="inline-form">
        <form action={roleAction} className="inline-form">
          <input type="hidden" name="userId" value={user.id} />
          <select name="role" defaultValue={user.role} aria-label={`${t.role}: ${user.name}`}>
            {ROLES.map((role) => <option key={role} value={role}>{t[`role${role}`]}</option>)}
          </select>
          <button type="submit" className="button secondary small" disabled={rolePending}>{t.changeRole}</button>
        </form>
        <form action={activeAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={user.active ? "false" : "true"} />
          <button type="submit" className={`button small ${user.active ? "danger" : "secondary"}`} disabled={activePending}>
            {user.active ? t.deactivate : t.reactivate}
          </button>
        </form>
      </div>
      <details className="set-password">
        <summary>{t.setPassword}</summary>
        <form action={passwordAction} className="inline-form">
          <input type="hidden" name="userId" value={user.id} />
          <input type="password" name="password" autoComplete="new-password" aria-label={`${t.newPassword}: ${user.name}`} placeholder={t.passwordHint} />
          <button type="submit" className="button secondary small" disabled={passwordPending}>{t.save}</button>
        </form>
        {passwordState.status === "ok" && <span className="muted small" role="status">{passwordState.message}</span>}
      </details>
      {error?.status === "error" && <p className="field-error" role="alert">{error.status === "error" && error.fieldErrors?.password ? error.fieldErrors.password.join(" ") : error.message}</p>}
    </div>
  );
}
