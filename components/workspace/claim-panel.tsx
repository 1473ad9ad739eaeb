"use client";

import { ClaimDiscussion } from "./claim-discussion";
import type { ClaimView, Draft, WorkspaceContext } from "./types";
import { statusKey } from "./types";
import { VerdictControls, type Act } from "./verdict-controls";

type Props = {
  ctx: WorkspaceContext;
  claim: ClaimView | null;
  draft: Draft;
  onDraft: (d: Draft) => void;
  act: Act;
  busy: boolean;
  notice: { kind: "error" | "conflict"; message: string } | null;
  onSpanTool: (tool: "split" | "adjust") => void;
  onAssign: (assigneeId: string | null) => void;
  onComment: (body: string) => Promise<boolean>;
};

type Finding = { stated?: number; listed?: number; mode?: string; unknown?: string[]; recognised?: string[] };

export function ClaimPanel({ ctx, claim, draft, onDraft, act, busy, notice, onSpanTool, onAssign, onComment }: Props) {
  const { w, users, locale, isEditor } = ctx;
  if (!claim) return <aside className="panel card"><p className="muted">{w.noClaimSelected}</p></aside>;
  const names = new Map(users.map((u) => [u.id, u.name]));
  const number = new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-GB", { maximumFractionDigits: 6 });
  const formatValue = (v: string | null) => (v === null ? "" : /^-?\d+(\.\d+)?$/.test(v) ? number.format(Number(v)) : v);
  const status = statusKey(claim);

  return (
    <aside className="panel card" aria-label="Claim" data-testid="claim-panel">
      <div className="panel-head">
        <span className={`badge status-badge st-${status}`}>{w[`status${status}`]}</span>
        <span className={`badge kind-${claim.kind}`}>{w[`kind${claim.kind}`]}</span>
        {claim.verdict && <span className={`badge v-${claim.verdict}`}>{w[`verdict${claim.verdict}`]}</span>}
        <span className="muted">v{claim.version}</span>
      </div>
      <p className="panel-statement" lang={ctx.locale === "zh" ? "zh-CN" : undefined}>{claim.statement}</p>
      {notice && (
        <div className={`alert ${notice.kind === "conflict" ? "info" : "error"}`} role="alert" data-testid="claim-notice">
          {notice.kind === "conflict" && <strong>{w.conflict}. </strong>}
          {notice.message}
          {notice.kind === "conflict" && <div>{w.reapply}</div>}
        </div>
      )}
      <dl className="facts">
        {claim.speaker && (<><dt>{w.speaker}</dt><dd>{claim.speaker}</dd></>)}
        <dt>{w.assignee}</dt>
        <dd>
          {isEditor ? (
            <select aria-label={w.assignee} value={claim.assigneeId ?? ""} disabled={busy} onChange={(e) => onAssign(e.target.value || null)}>
              <option value="">{w.unassigned}</option>
              {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          ) : (claim.assigneeId ? names.get(claim.assigneeId) : w.unassigned)}
        </dd>
        {claim.proposedById && (<><dt>{w.proposedBy}</dt><dd>{names.get(claim.proposedById) ?? "—"}</dd></>)}
        {claim.approvedById && (<><dt>{w.approvedBy}</dt><dd>{names.get(claim.approvedById) ?? "—"}</dd></>)}
      </dl>
      {claim.figures.length > 0 && (
        <section>
          <h3>{w.figures}</h3>
          <table className="data figures">
            <tbody>
              {claim.figures.map((f) => (
                <tr key={f.id}>
                  <td><code>{f.text}</code></td>
                  <td>{f.approx !== "exact" && <span className="muted">{f.approx} </span>}{formatValue(f.value)}{f.valueMax ? ` – ${formatValue(f.valueMax)}` : ""} {f.currency ?? f.unit ?? ""}</td>
                  <td className="muted">{f.kind}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {claim.findings.length > 0 && (
        <section>
          <h3>{w.findings}</h3>
          <ul className="findings">
            {claim.findings.map((f) => {
              const d = f.details as Finding;
              return (
                <li key={f.id} className={f.ok ? "ok" : "bad"}>
                  {f.ok ? "✓" : "⚠"} {w.stated} {d.stated} · {w.listed} {d.listed}
                  {d.unknown && d.unknown.length > 0 && <span className="muted"> · {w.unknownItems}: {d.unknown.join("、")}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <VerdictControls ctx={ctx} claim={claim} draft={draft} onDraft={onDraft} act={act} busy={busy} />
      {!claim.dismissed && claim.status !== "VERIFIED" && claim.status !== "IN_REVIEW" && (
        <div className="inline-form span-tools">
          <button type="button" className="button secondary small" onClick={() => onSpanTool("split")} disabled={busy}>{w.split}</button>
          <button type="button" className="button secondary small" onClick={() => onSpanTool("adjust")} disabled={busy}>{w.adjust}</button>
        </div>
      )}
      <ClaimDiscussion ctx={ctx} claim={claim} onComment={onComment} />
    </aside>
  );
}
