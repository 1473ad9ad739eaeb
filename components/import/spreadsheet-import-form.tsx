"use client";

import { useRouter } from "next/navigation";
import { useReducer, useRef, type FormEvent } from "react";
import { createFromSpreadsheetAction, previewSpreadsheetAction } from "@/app/(workspace)/bulletins/new/spreadsheet/actions";
import { idle, type ActionState } from "@/lib/actions/safe-action-state";
import type { WorkbookPreview } from "@/lib/bulletins/spreadsheet-import";
import type { FieldErrors } from "@/lib/errors";
import { BulletinMetaFields } from "./bulletin-meta-fields";
import { type SpreadsheetMessages, type WorkspaceMessages } from "@/lib/i18n/catalogue";

const ROLES = ["statement", "sourceUrl", "verdict", "notes"] as const;
type Role = (typeof ROLES)[number];
type Mapping = Partial<Record<Role, number>>;

type State = {
  stage: "choose" | "reading" | "map" | "creating";
  file: File | null;
  fileName: string;
  sheets: WorkbookPreview;
  sheet: number;
  mapping: Mapping;
  error: string | null;
  fieldErrors: FieldErrors;
};

type Event =
  | { type: "read"; file: File }
  | { type: "preview"; fileName: string; sheets: WorkbookPreview }
  | { type: "failed"; error: string; fieldErrors?: FieldErrors; back: State["stage"] }
  | { type: "sheet"; index: number }
  | { type: "column"; role: Role; column: number | undefined }
  | { type: "create" }
  | { type: "restart" };

const initial: State = { stage: "choose", file: null, fileName: "", sheets: [], sheet: 0, mapping: {}, error: null, fieldErrors: {} };

function reduce(state: State, event: Event): State {
  switch (event.type) {
    case "read":
      return { ...initial, stage: "reading", file: event.file };
    case "preview": {
      const sheet = Math.max(0, event.sheets.findIndex((s) => s.claims > 0));
      return { ...state, stage: "map", fileName: event.fileName, sheets: event.sheets, sheet, mapping: event.sheets[sheet]?.guess ?? {}, error: null };
    }
    case "failed":
      return { ...state, stage: event.back, error: event.error, fieldErrors: event.fieldErrors ?? {} };
    case "sheet":
      return { ...state, sheet: event.index, mapping: state.sheets[event.index]?.guess ?? {} };
    case "column": {
      const mapping = { ...state.mapping };
      // A column holds one thing: choosing it for a role frees it from any other.
      for (const role of ROLES) if (event.column !== undefined && mapping[role] === event.column) delete mapping[role];
      if (event.column === undefined) delete mapping[event.role];
      else mapping[event.role] = event.column;
      return { ...state, mapping };
    }
    case "create":
      return { ...state, stage: "creating", error: null, fieldErrors: {} };
    case "restart":
      return initial;
  }
}

// The server answers in the request's language, field errors included.
const failure = (result: ActionState<unknown>) =>
  result.status === "error" ? { error: result.message, fieldErrors: result.fieldErrors ?? {} } : null;

/** Upload a claim sheet, map its columns on a preview, create the bulletin. */
export function SpreadsheetImportForm({ s, w }: { s: SpreadsheetMessages; w: WorkspaceMessages }) {
  const router = useRouter();
  const details = useRef<HTMLFormElement>(null);
  const [state, dispatch] = useReducer(reduce, initial);
  const sheet = state.sheets[state.sheet];

  async function onRead(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || !file.name) return dispatch({ type: "failed", error: s.chooseFile, back: "choose" });
    dispatch({ type: "read", file });
    const data = new FormData();
    data.append("file", file);
    const result = await previewSpreadsheetAction(idle, data);
    const failed = failure(result);
    if (failed || result.status !== "ok" || !result.data) return dispatch({ type: "failed", ...(failed ?? { error: "" }), back: "choose" });
    dispatch({ type: "preview", ...result.data });
    const title = details.current?.elements.namedItem("title") as HTMLInputElement | null;
    if (title && !title.value) title.value = result.data.fileName.replace(/\.[^.]+$/, "");
  }

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!state.file) return;
    const data = new FormData(event.currentTarget);
    data.append("file", state.file);
    data.append("fileName", state.fileName);
    data.append("sheet", String(state.sheet));
    for (const role of ROLES) data.append(`${role}Column`, state.mapping[role] === undefined ? "" : String(state.mapping[role]));
    dispatch({ type: "create" });
    const result = await createFromSpreadsheetAction(idle, data);
    const failed = failure(result);
    if (failed || result.status !== "ok" || !result.data) return dispatch({ type: "failed", ...(failed ?? { error: "" }), back: "map" });
    router.push(`/bulletins/${result.data.id}`);
  }

  const busy = state.stage === "reading" || state.stage === "creating";
  return (
    <div className="stack spreadsheet-import">
      {state.stage === "choose" || state.stage === "reading" ? (
        <form className="card" onSubmit={onRead} noValidate aria-busy={busy}>
          {state.error && <p className="alert error" role="alert">{state.error}</p>}
          <div className="field">
            <label htmlFor="field-sheet-file">{s.file}</label>
            <input id="field-sheet-file" name="file" type="file" accept=".xlsx,.csv,.tsv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" />
          </div>
          <button type="submit" className="button" disabled={busy}>{s.read}</button>
          {busy && <div className="progress-indeterminate" role="status"><span>{s.reading}</span><div className="bar"><div /></div></div>}
        </form>
      ) : (
        <form ref={details} className="card" onSubmit={onCreate} noValidate aria-busy={busy}>
          {state.error && <p className="alert error" role="alert">{state.error}</p>}
          <p className="muted">{state.fileName} · <button type="button" className="link-button" onClick={() => dispatch({ type: "restart" })} disabled={busy}>{s.another}</button></p>
          <BulletinMetaFields w={w} fieldErrors={state.fieldErrors} />
          <fieldset className="column-mapping">
            <legend>{s.mapping}</legend>
            {state.sheets.length > 1 && (
              <div className="field">
                <label htmlFor="field-sheet">{s.sheet}</label>
                <select id="field-sheet" value={state.sheet} onChange={(e) => dispatch({ type: "sheet", index: Number(e.target.value) })}>
                  {state.sheets.map((sh) => <option key={sh.index} value={sh.index}>{sh.name}</option>)}
                </select>
              </div>
            )}
            <div className="form-row">
              {ROLES.map((role) => (
                <div className="field" key={role}>
                  <label htmlFor={`field-column-${role}`}>{s[role]}</label>
                  <select
                    id={`field-column-${role}`}
                    value={state.mapping[role] ?? ""}
                    aria-invalid={role === "statement" && state.fieldErrors.statementColumn ? true : undefined}
                    onChange={(e) => dispatch({ type: "column", role, column: e.target.value === "" ? undefined : Number(e.target.value) })}
                  >
                    <option value="">{s.none}</option>
                    {sheet?.columns.map((name, i) => <option key={i} value={i}>{name}</option>)}
                  </select>
                  {role === "statement" && (state.fieldErrors.statementColumn ?? state.fieldErrors.statement)?.map((m) => <span key={m} className="field-error" role="alert">{m}</span>)}
                </div>
              ))}
            </div>
          </fieldset>
          {sheet && (
            <>
              <p className="muted small">{s.headerRow.replace("{n}", String(sheet.headerRow))} {s.rowsFound.replace("{n}", String(sheet.claims))}</p>
              <div className="table-scroll">
                <table className="data sheet-preview" aria-label={s.preview}>
                  <thead>
                    <tr>{sheet.columns.map((name, i) => {
                      const role = ROLES.find((r) => state.mapping[r] === i);
                      return <th key={i} className={role ? `mapped role-${role}` : undefined}>{role && <span className="badge">{s[role]}</span>} {name}</th>;
                    })}</tr>
                  </thead>
                  <tbody>
                    {sheet.sample.map((row, r) => <tr key={r}>{row.map((cell, i) => <td key={i}>{cell}</td>)}</tr>)}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <p className="alert info">{s.draftNote}</p>
          <button type="submit" className="button" disabled={busy}>{s.create}</button>
          {busy && <div className="progress-indeterminate" role="status"><span>{s.creating}</span><div className="bar"><div /></div></div>}
        </form>
      )}
    </div>
  );
}
