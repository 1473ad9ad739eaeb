"use client";

import { useCallback, useEffect, useMemo, useReducer } from "react";
import { useRouter } from "next/navigation";
import { useRequestKey } from "@/components/ui/request-key";
import { singleKeyShortcutsOn } from "@/components/workspace/shortcut-setting";
import { acceptAllShownAction, decideBoardFigureAction } from "@/app/(workspace)/bulletins/[id]/figures/actions";
import { proposeVerdictAction } from "@/app/(workspace)/bulletins/[id]/actions";
import type { BoardClaim } from "@/lib/claims/queries";
import { draftRationale, suggestedVerdict, type CheckedFigure, type VerdictName } from "@/lib/claims/draft-rationale";
import { format as formatIn, type Catalogue, type Locale } from "@/lib/i18n/catalogue";
import type { BoardRow } from "@/lib/sources/figure-board";
import { AcceptAllDialog, BoardShortcuts, ProposeAllDialog, ProposeDialog, ReasonDialog } from "./board-dialogs";
import { boardReducer, initialBoardState, movedFocus } from "./board-state";
import { FigureBoardTable } from "./figure-board-table";

type Decision = "accept" | "DIFFERS" | "NOT_FOUND" | "NOT_CHECKABLE";
type Props = { bulletinId: string; rows: BoardRow[]; allRows: BoardRow[]; claims: BoardClaim[]; m: Catalogue["board"]; verdicts: Record<VerdictName, string>; locale: Locale };

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
// Enter on a button or link is the browser's own: it presses that button.
const onControl = (target: EventTarget | null) => target instanceof HTMLElement && target.closest("button, a") !== null;
const inDialog = (target: EventTarget | null) => target instanceof HTMLElement && target.closest("dialog") !== null;
const format = (template: string, locale: Locale, values: Record<string, string | number>) => formatIn(locale, template, values);
// A claim takes decisions and a proposal only while it is being worked on, as the server rules.
const OPEN_STATUSES = new Set(["UNVERIFIED", "IN_PROGRESS"]);

/** The board with decisions: a focused row the keys act on, each row's buttons, accept all shown, and a claim's proposal once its figures are checked. */
export function FigureBoard({ bulletinId, rows, allRows, claims, m, verdicts, locale }: Props) {
  const router = useRouter();
  const [state, dispatch] = useReducer(boardReducer, null, () => initialBoardState(claims, rows[0]?.figureId ?? null));
  const { focusedId, dialog, busy, notice } = state;
  // Sending the same decision again after a lost answer reuses its key, so the server answers instead of writing twice.
  const decideKey = useRequestKey();
  const acceptAllKey = useRequestKey();
  const ids = useMemo(() => rows.map((r) => r.figureId), [rows]);
  const storedOf = useCallback((row: BoardRow) => state.claims[row.claimId]?.figures.find((f) => f.id === row.figureId), [state.claims]);

  const fail = useCallback((error: { message: string; details?: unknown }) => {
    dispatch({ type: "notice", notice: { kind: "error", text: error.message } });
    // A stale version comes back with the claim as it is now, so the next try is sent with it.
    const current = (error.details as { current?: BoardClaim } | undefined)?.current;
    if (current) dispatch({ type: "claimsReturned", claims: [current] });
  }, []);

  const decide = useCallback(async (row: BoardRow, decision: Decision, note?: string) => {
    const claim = state.claims[row.claimId];
    if (!claim || busy) return;
    dispatch({ type: "busy", busy: true });
    const input = { bulletinId, figureId: row.figureId, version: claim.version, decision, note };
    const result = await decideBoardFigureAction({ ...input, requestKey: decideKey.keyFor(input) });
    dispatch({ type: "busy", busy: false });
    if (!result.ok) return fail(result.error);
    decideKey.done();
    dispatch({ type: "claimsReturned", claims: [result.data.claim] });
    dispatch({ type: "dialog", dialog: null });
    dispatch({ type: "notice", notice: null });
    const next = movedFocus(ids, row.figureId, 1);
    if (next) dispatch({ type: "focused", figureId: next });
  }, [state.claims, busy, bulletinId, fail, ids, decideKey]);

  const acceptAll = useCallback(async () => {
    dispatch({ type: "busy", busy: true });
    const figures = rows.flatMap((r) => (state.claims[r.claimId] ? [{ figureId: r.figureId, version: state.claims[r.claimId].version }] : []));
    const result = await acceptAllShownAction({ bulletinId, figures, requestKey: acceptAllKey.keyFor({ bulletinId, figures }) });
    dispatch({ type: "busy", busy: false });
    dispatch({ type: "dialog", dialog: null });
    if (!result.ok) return fail(result.error);
    acceptAllKey.done();
    dispatch({ type: "claimsReturned", claims: result.data.claims });
    const refused = [...new Set(result.data.skipped.flatMap((s) => (s.message ? [s.message] : [])))];
    const done = format(m.acceptAllDone, locale, { written: result.data.written.length, skipped: result.data.skipped.length });
    dispatch({ type: "notice", notice: { kind: "ok", text: [done, ...refused].join(" ") } });
  }, [rows, state.claims, bulletinId, fail, m.acceptAllDone, locale, acceptAllKey]);

  /** The claim's checked figures in board order, as the drafted rationale lists them. */
  const checkedFigures = useCallback((claimId: string): CheckedFigure[] => {
    const claim = state.claims[claimId];
    return allRows.filter((r) => r.claimId === claimId).flatMap((row) => {
      const stored = claim?.figures.find((f) => f.id === row.figureId);
      if (!stored || stored.check === "UNCHECKED") return [];
      const sameSource = stored.sourceId && stored.sourceId === row.source?.id;
      return [{
        figure: row.figureText,
        check: stored.check,
        source: sameSource ? row.sourceText : (stored.sourceValue ?? undefined),
        title: claim.sources.find((s) => s.id === stored.sourceId)?.title ?? row.source?.title,
        note: stored.checkNote ?? undefined,
      }];
    });
  }, [state.claims, allRows]);

  const propose = useCallback(async (claimId: string, verdict: VerdictName, rationale: string) => {
    const claim = state.claims[claimId];
    dispatch({ type: "busy", busy: true });
    const result = await proposeVerdictAction({ claimId, version: claim.version, verdict, rationale });
    dispatch({ type: "busy", busy: false });
    if (!result.ok) return fail(result.error);
    dispatch({ type: "claimsReturned", claims: [result.data] });
    dispatch({ type: "dialog", dialog: null });
    dispatch({ type: "notice", notice: { kind: "ok", text: format(m.proposed, locale, { number: claim.number }) } });
  }, [state.claims, fail, m.proposed, locale]);

  /** Claims of the rows shown whose every figure is checked and that may be proposed, in board order. */
  const ready = useMemo(() => [...new Set(rows.map((r) => r.claimId))].flatMap((claimId) => {
    const claim = state.claims[claimId];
    if (!claim || claim.figures.length === 0 || !OPEN_STATUSES.has(claim.status) || claim.figures.some((f) => f.check === "UNCHECKED")) return [];
    const figures = checkedFigures(claimId);
    return [{ claim, verdict: suggestedVerdict(figures), rationale: draftRationale(figures, m.draft) }];
  }), [rows, state.claims, checkedFigures, m.draft]);

  // One proposal after another through the same action as a single one: each is refused or taken on
  // its own (a claim changed meanwhile says so), and the first refusal stops the rest.
  const proposeAll = useCallback(async () => {
    dispatch({ type: "busy", busy: true });
    let proposed = 0;
    for (const { claim, verdict, rationale } of ready) {
      const result = await proposeVerdictAction({ claimId: claim.id, version: claim.version, verdict, rationale });
      if (!result.ok) {
        dispatch({ type: "busy", busy: false });
        dispatch({ type: "notice", notice: { kind: "ok", text: format(m.proposeAllDone, locale, { proposed }) } });
        return fail(result.error);
      }
      dispatch({ type: "claimsReturned", claims: [result.data] });
      proposed++;
    }
    dispatch({ type: "busy", busy: false });
    dispatch({ type: "dialog", dialog: null });
    dispatch({ type: "notice", notice: { kind: "ok", text: format(m.proposeAllDone, locale, { proposed }) } });
  }, [ready, fail, m.proposeAllDone, locale]);

  const open = useCallback((row: BoardRow) => {
    const at = row.start !== undefined && row.end !== undefined ? `&at=${row.start}-${row.end}` : "";
    const source = row.source ? `&source=${encodeURIComponent(row.source.id)}${at}` : "";
    router.push(`/bulletins/${bulletinId}?claim=${encodeURIComponent(row.claimId)}${source}`);
  }, [bulletinId, router]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (dialog || isTyping(event.target) || inDialog(event.target) || event.metaKey || event.ctrlKey || event.altKey || !singleKeyShortcutsOn()) return;
      if (event.key === "?") return dispatch({ type: "dialog", dialog: { kind: "help" } });
      if (event.key === "j" || event.key === "k") {
        const next = movedFocus(ids, focusedId, event.key === "j" ? 1 : -1);
        if (next) dispatch({ type: "focused", figureId: next });
        event.preventDefault();
        return;
      }
      const row = rows.find((r) => r.figureId === focusedId);
      if (!row) return;
      if (event.key === "Enter") {
        if (onControl(event.target)) return;
        void decide(row, "accept");
      }
      else if (event.key === "d") void decide(row, "DIFFERS");
      else if (event.key === "n") void decide(row, "NOT_FOUND");
      else if (event.key === "x") dispatch({ type: "dialog", dialog: { kind: "reason", figureId: row.figureId } });
      else if (event.key === "o") open(row);
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [dialog, ids, focusedId, rows, decide, open]);

  // The focused row stays in view as j and k move it.
  useEffect(() => {
    if (focusedId) document.getElementById(`figure-${focusedId}`)?.scrollIntoView({ block: "nearest" });
  }, [focusedId]);

  const dialogError = notice?.kind === "error" ? notice.text : null;
  const reasonRow = dialog?.kind === "reason" ? rows.find((r) => r.figureId === dialog.figureId) : undefined;
  const proposeClaim = dialog?.kind === "propose" ? state.claims[dialog.claimId] : undefined;
  return (
    <>
      <div className="board-toolbar">
        <button type="button" className="button small" onClick={() => dispatch({ type: "dialog", dialog: { kind: "acceptAll" } })} disabled={busy || rows.length === 0}>{m.acceptAll}</button>
        <button type="button" className="button secondary small" onClick={() => dispatch({ type: "dialog", dialog: { kind: "proposeAll" } })} disabled={busy || ready.length === 0}>{m.proposeAll}{ready.length > 0 && ` (${ready.length})`}</button>
        <button type="button" className="link-button" onClick={() => dispatch({ type: "dialog", dialog: { kind: "help" } })} aria-label={`? ${m.shortcuts}`}>?</button>
      </div>
      {notice && <p className={`alert ${notice.kind === "error" ? "error" : "info"}`} role={notice.kind === "error" ? "alert" : "status"} data-testid="board-notice">{notice.text}</p>}
      <FigureBoardTable
        rows={rows}
        m={m}
        locale={locale}
        focusedId={focusedId}
        onFocusRow={(figureId) => dispatch({ type: "focused", figureId })}
        stored={(row) => {
          const check = storedOf(row)?.check ?? row.check;
          return check !== "UNCHECKED" && <div className="small" data-testid="stored-check">{format(m.stored, locale, { result: m.checks[check as keyof typeof m.checks] })}</div>;
        }}
        // A claim in review or verified takes no decision (the server refuses it too): its row shows the stored check only.
        decide={(row) => !OPEN_STATUSES.has(state.claims[row.claimId]?.status ?? "") ? null : (
          <div className="board-buttons">
            <button type="button" className="button small" disabled={busy} onClick={() => void decide(row, "accept")}>{m.accept}</button>
            <button type="button" className="button secondary small" disabled={busy} onClick={() => void decide(row, "DIFFERS")}>{m.markDiffers}</button>
            <button type="button" className="button secondary small" disabled={busy} onClick={() => void decide(row, "NOT_FOUND")}>{m.markNotFound}</button>
            <button type="button" className="button secondary small" disabled={busy} onClick={() => dispatch({ type: "dialog", dialog: { kind: "reason", figureId: row.figureId } })}>{m.markNotCheckable}</button>
            <button type="button" className="link-button small" onClick={() => open(row)}>{m.openSource}</button>
          </div>
        )}
        afterClaim={(claimId) => {
          const claim = state.claims[claimId];
          if (!claim || claim.figures.length === 0) return null;
          if (claim.status === "IN_REVIEW") return <span className="muted small">#{claim.number} · {m.inReview}</span>;
          if (!OPEN_STATUSES.has(claim.status) || claim.figures.some((f) => f.check === "UNCHECKED")) return null;
          return <button type="button" className="button secondary small" onClick={() => dispatch({ type: "dialog", dialog: { kind: "propose", claimId } })}>{m.propose} #{claim.number}</button>;
        }}
      />
      {dialog?.kind === "help" && <BoardShortcuts m={m} onClose={() => dispatch({ type: "dialog", dialog: null })} />}
      {reasonRow && <ReasonDialog m={m} figure={reasonRow.figureText} busy={busy} error={dialogError} onSave={(note) => void decide(reasonRow, "NOT_CHECKABLE", note)} onClose={() => dispatch({ type: "dialog", dialog: null })} />}
      {dialog?.kind === "acceptAll" && (
        <AcceptAllDialog m={m} text={format(m.acceptAllConfirm, locale, { count: rows.length })} busy={busy} error={dialogError} onConfirm={() => void acceptAll()} onClose={() => dispatch({ type: "dialog", dialog: null })} />
      )}
      {dialog?.kind === "proposeAll" && (
        <ProposeAllDialog
          m={m}
          text={format(m.proposeAllConfirm, locale, { count: ready.length })}
          items={ready.map(({ claim, verdict, rationale }) => ({ number: claim.number, verdict: verdicts[verdict], rationale }))}
          busy={busy}
          error={dialogError}
          onConfirm={() => void proposeAll()}
          onClose={() => dispatch({ type: "dialog", dialog: null })}
        />
      )}
      {proposeClaim && (
        <ProposeDialog
          m={m}
          title={format(m.proposeTitle, locale, { number: proposeClaim.number })}
          verdicts={verdicts}
          draft={draftRationale(checkedFigures(proposeClaim.id), m.draft)}
          verdict={suggestedVerdict(checkedFigures(proposeClaim.id))}
          busy={busy}
          error={dialogError}
          onSend={(verdict, rationale) => void propose(proposeClaim.id, verdict, rationale)}
          onClose={() => dispatch({ type: "dialog", dialog: null })}
        />
      )}
    </>
  );
}
