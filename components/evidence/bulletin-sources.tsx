"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  addBulletinSourceAction, attachBulletinSourceAction, detachBulletinSourceAction, fetchBulletinSourceAction,
} from "@/app/(workspace)/bulletins/[id]/bulletin-source-actions";
import type { WorkspaceContext } from "@/components/workspace/types";
import { AttachSourceDialog, type AttachTarget } from "./attach-source-dialog";

export type BulletinSourceRow = { id: string; title: string; publisher: string | null; url: string | null; attachedBy: string };

type Props = { ctx: WorkspaceContext; bulletinId: string; sources: BulletinSourceRow[]; canChange: boolean };

/** Sources of this bulletin: attached once, read for every figure of every claim; detached here. */
export function BulletinSources({ ctx, bulletinId, sources, canChange }: Props) {
  const { e } = ctx;
  const router = useRouter();
  const [attaching, setAttaching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refreshed = async <T extends { ok: boolean }>(result: T) => {
    if (result.ok) router.refresh();
    return result;
  };
  const target: AttachTarget = {
    field: "bulletinId", id: bulletinId, attachedIds: new Set(sources.map((s) => s.id)),
    attach: async (sourceId) => refreshed(await attachBulletinSourceAction({ bulletinId, sourceId })),
    add: async (data) => refreshed(await addBulletinSourceAction(data)),
    fetchUrl: async (input) => refreshed(await fetchBulletinSourceAction(input)),
  };
  async function detach(sourceId: string) {
    setBusy(true);
    setError(null);
    const result = await detachBulletinSourceAction({ bulletinId, sourceId });
    setBusy(false);
    if (result.ok) router.refresh();
    else setError(result.error.message);
  }
  return (
    <section className="bulletin-sources panel" data-testid="bulletin-sources" aria-labelledby="bulletin-sources-title">
      <div className="bulletin-sources-head">
        <h2 id="bulletin-sources-title">{e.bulletinSources}</h2>
        <a className="button secondary small" href={`/bulletins/${bulletinId}/figures`}>{e.figureBoard}</a>
      </div>
      <p className="muted small">{e.bulletinSourcesHelp}</p>
      {error && <p className="alert error" role="alert">{error}</p>}
      {sources.length === 0 ? <p className="muted">{e.noBulletinSources}</p> : (
        <ul className="source-list">
          {sources.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong>
              <span className="muted small"> · {[s.publisher, s.url ? new URL(s.url).hostname : null, s.attachedBy].filter(Boolean).join(" · ")}</span>
              {canChange && (
                <button type="button" className="link-button small danger" disabled={busy} onClick={() => detach(s.id)} aria-label={`${e.detachFromBulletin} ${s.title}`}>
                  {e.detachFromBulletin}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canChange && <button type="button" className="button secondary small" onClick={() => setAttaching(true)}>{e.attachSource}</button>}
      {attaching && <AttachSourceDialog ctx={ctx} target={target} bulletinId={bulletinId} onClose={() => setAttaching(false)} />}
    </section>
  );
}
