"use client";

import { format, localTime } from "@/lib/i18n/catalogue";
import type { ClaimView, Draft, WorkspaceContext } from "./types";
import type { Act } from "./verdict-controls";

type Props = { ctx: WorkspaceContext; claim: ClaimView; draft: Draft; onDraft: (d: Draft) => void; act: Act; busy: boolean };

/**
 * The proposal at the top of a claim in review: verdict, rationale, who proposed it and when, every
 * figure's check with the source's number and passage, every quote; approve (a) and send back (b).
 */
export function ProposalReview({ ctx, claim, draft, onDraft, act, busy }: Props) {
  const { w, e, r, locale, me, isEditor, users } = ctx;
  const proposer = users.find((u) => u.id === claim.proposedById)?.name ?? "—";
  const own = claim.proposedById === me.id;
  const canReview = isEditor && !own;
  const sources = new Map(claim.sources.map((s) => [s.id, s.title]));
  const sendBack = () => act("send-back", claim, { comment: draft.sendBack ?? "" });
  return (
    <section className="proposal" aria-label={r.proposal} data-testid="proposal">
      <h3>{r.proposal}</h3>
      <div className="proposal-verdict">
        {claim.verdict && <span className={`badge v-${claim.verdict}`}>{w[`verdict${claim.verdict}`]}</span>}
        <span className="muted small" title={claim.proposedAt ? localTime(locale, claim.proposedAt) : undefined}>
          {format(locale, r.proposedBy, { name: proposer, ago: claim.proposedAt ? new Date(claim.proposedAt) : new Date() })}
        </span>
      </div>
      <h4>{r.rationale}</h4>
      <p className="proposal-rationale">{claim.rationale}</p>
      <h4>{r.checks}</h4>
      {claim.figures.length === 0 ? <p className="muted small">{r.noFigures}</p> : (
        <ul className="proposal-checks">
          {claim.figures.map((f) => (
            <li key={f.id}>
              <code>{f.text}</code> <span className={`badge check-${f.check}`}>{e[`result${f.check}`]}</span>
              {f.sourceValue && <span className="small"> {format(locale, r.sourceNumber, { value: f.sourceValue })}</span>}
              {f.sourceId && <span className="muted small"> · {sources.get(f.sourceId)}</span>}
              {f.checkNote && <span className="muted small"> · {f.checkNote}</span>}
              {f.sourcePassage && <blockquote className="passage small">{f.sourcePassage}</blockquote>}
            </li>
          ))}
        </ul>
      )}
      <h4>{r.evidence}</h4>
      {claim.evidence.length === 0 ? <p className="muted small">{r.noEvidence}</p> : (
        <ul className="proposal-evidence">
          {claim.evidence.map((ev) => (
            <li key={ev.id}>
              <span className={`badge stance-${ev.stance}`}>{e[`stance${ev.stance}`]}</span> <span className="muted small">{sources.get(ev.sourceId)}</span>
              <blockquote className="passage small">
                {ev.prefix && <span className="muted">…{ev.prefix.slice(-20)}</span>}
                <mark className={`evidence-mark stance-${ev.stance}`}>{ev.exact}</mark>
                {ev.suffix && <span className="muted">{ev.suffix.slice(0, 20)}…</span>}
              </blockquote>
              {ev.note && <div className="muted small">{ev.note}</div>}
            </li>
          ))}
        </ul>
      )}
      {own && <p className="alert info">{r.ownProposal}</p>}
      {isEditor && (
        <div className="stack proposal-actions">
          <button type="button" className="button" disabled={busy || !canReview} onClick={() => act("approve", claim)} aria-keyshortcuts="a">{r.approveKey}</button>
          <div className="field">
            <label htmlFor="send-back">{format(locale, r.sendBackTitle, { name: proposer })} — {w.sendBackComment}</label>
            <textarea
              id="send-back" rows={2} value={draft.sendBack ?? ""} disabled={!canReview} aria-keyshortcuts="b"
              onChange={(ev) => onDraft({ ...draft, sendBack: ev.target.value })}
              onKeyDown={(ev) => { if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); void sendBack(); } }}
            />
          </div>
          <button type="button" className="button secondary" disabled={busy || !canReview} onClick={sendBack}>{r.sendBackKey}</button>
        </div>
      )}
    </section>
  );
}

/** The editor's comment at the top of a claim sent back to its proposer. */
export function SentBackNote({ ctx, claim }: { ctx: WorkspaceContext; claim: ClaimView }) {
  const { r, locale, users } = ctx;
  if (!claim.sentBackComment || !claim.sentBackAt || claim.status === "IN_REVIEW" || claim.status === "VERIFIED") return null;
  const name = users.find((u) => u.id === claim.sentBackById)?.name ?? "—";
  return (
    <div className="alert warn sent-back" role="note" data-testid="sent-back-note">
      <strong>{format(locale, r.sentBack, { name, ago: new Date(claim.sentBackAt) })}</strong>
      <p>{claim.sentBackComment}</p>
    </div>
  );
}
