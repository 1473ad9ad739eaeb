"use client";

import { useState } from "react";
import type { ClaimView, WorkspaceContext } from "@/components/workspace/types";
import { AttachSourceDialog } from "./attach-source-dialog";

type Props = { ctx: WorkspaceContext; claim: ClaimView; bulletinId: string; onOpen: (sourceId: string) => void; onClaim: (view: ClaimView) => void };

/** The claim's sources and the passages quoted from them, each with its stance. */
export function SourcesSection({ ctx, claim, bulletinId, onOpen, onClaim }: Props) {
  const { e } = ctx;
  const [attaching, setAttaching] = useState(false);
  return (
    <section className="sources" data-testid="sources">
      <h3>{e.sources}</h3>
      {claim.sources.length === 0 && <p className="muted">{e.noSources}</p>}
      <ul className="source-list">
        {claim.sources.map((s) => (
          <li key={s.id}>
            <div className="source-head">
              <strong>{s.title}</strong>
              <span className="badge">{e[`kind${s.kind}`]}</span>
              <span className="muted" title={e.credibilityHelp}>{"★".repeat(s.credibility)}{"☆".repeat(5 - s.credibility)}</span>
            </div>
            <div className="muted small">
              {[s.publisher, s.publishedOn].filter(Boolean).join(" · ")}
              {s.url && <>{s.publisher || s.publishedOn ? " · " : ""}<a href={s.url} rel="noopener noreferrer" target="_blank">{new URL(s.url).hostname}</a></>}
            </div>
            <ul className="evidence-list">
              {claim.evidence.filter((ev) => ev.sourceId === s.id).map((ev) => (
                <li key={ev.id} className={`evidence st-${ev.stance}${ev.anchor === "ORPHANED" ? " orphaned" : ""}`}>
                  <span className={`badge stance-${ev.stance}`}>{e[`stance${ev.stance}`]}</span>
                  <q>{ev.exact}</q>
                  {ev.note && <div className="muted small">{ev.note}</div>}
                  {ev.anchor === "ORPHANED" && <div className="field-error">⚠ {e.orphaned}</div>}
                  {ev.anchor === "REANCHORED" && <span className="muted small"> · {e.reanchored}</span>}
                  <span className="muted small"> · {ev.createdBy.name}</span>
                </li>
              ))}
            </ul>
            <button type="button" className="button secondary small" onClick={() => onOpen(s.id)}>{e.open}</button>
          </li>
        ))}
      </ul>
      <button type="button" className="button secondary small" onClick={() => setAttaching(true)}>{e.attachSource}</button>
      {attaching && <AttachSourceDialog ctx={ctx} claim={claim} bulletinId={bulletinId} onClose={() => setAttaching(false)} onClaim={onClaim} />}
    </section>
  );
}
