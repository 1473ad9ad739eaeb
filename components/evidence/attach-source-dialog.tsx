"use client";

import { useEffect, useState, type FormEvent, type KeyboardEvent } from "react";
import type { WorkspaceContext } from "@/components/workspace/types";
import type { ActionResult } from "@/lib/actions/safe-action-state";
import { useRequestKey } from "@/components/ui/request-key";
import { FormField } from "@/components/ui/form-field";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { FieldErrors } from "@/lib/errors";

type LibrarySource = { id: string; title: string; publisher: string | null; url: string | null; inBulletin: boolean };

type Stored = ActionResult<{ reused: boolean; title: string }>;

/** What the dialog attaches to (a claim, or the whole bulletin) and the actions that do it. */
export type AttachTarget = {
  field: "claimId" | "bulletinId";
  id: string;
  attachedIds: Set<string>;
  attach: (sourceId: string) => Promise<ActionResult<unknown>>;
  add: (data: FormData) => Promise<Stored>;
  fetchUrl: (input: Record<string, FormDataEntryValue>) => Promise<Stored>;
};

type Props = { ctx: WorkspaceContext; target: AttachTarget; bulletinId: string; onClose: () => void };

/** Attach a source from the library, or store a new one: fetched from its URL by the server, or with its text pasted or uploaded. */
export function AttachSourceDialog({ ctx, target, bulletinId, onClose }: Props) {
  const requestKey = useRequestKey();
  const { e } = ctx;
  const [query, setQuery] = useState("");
  const [library, setLibrary] = useState<LibrarySource[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState<false | "fetch" | "save" | "attach">(false);
  const { attachedIds } = target;

  useEffect(() => {
    const timer = setTimeout(() => {
      fetch(`/api/v1/sources?q=${encodeURIComponent(query)}&bulletinId=${bulletinId}`)
        .then((r) => (r.ok ? r.json() : { data: [] }))
        .then((body: { data: LibrarySource[] }) => setLibrary(body.data))
        .catch(() => setLibrary([]));
    }, 200);
    return () => clearTimeout(timer);
  }, [query, bulletinId]);

  async function attach(sourceId: string) {
    setBusy("attach");
    const result = await target.attach(sourceId);
    setBusy(false);
    if (!result.ok) setError(result.error.message);
  }

  // Enter in the URL field fetches; Enter in any other field saves what was pasted, never a fetch instead.
  function submitOnEnter(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    if (event.key !== "Enter" || target.tagName !== "INPUT" || target.type === "file") return;
    event.preventDefault();
    const mode = target.name === "url" ? "fetch" : "save";
    event.currentTarget.requestSubmit(event.currentTarget.querySelector<HTMLButtonElement>(`button[value="${mode}"]`));
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fetching = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "fetch";
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (file instanceof File && !file.name && file.size === 0) data.delete("file");
    if (fetching) data.delete("file");
    data.set(target.field, target.id);
    data.set("requestKey", requestKey.keyFor([fetching ? "fetch" : "text", ...[...data.entries()].map(([k, v]) => [k, typeof v === "string" ? v : `${v.name}:${v.size}`])]));
    setBusy(fetching ? "fetch" : "save");
    setError(null);
    setFieldErrors({});
    const result = fetching
      ? await target.fetchUrl(Object.fromEntries([...data.entries()].filter(([k]) => k !== "text")))
      : await target.add(data);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      setFieldErrors(result.error.fieldErrors ?? {});
      return;
    }
    requestKey.done();
    if (result.data.reused) setNotice(`${e.reused} ${result.data.title}`);
    else onClose();
  }

  return (
    <ModalDialog labelledBy="attach-title" onClose={onClose} wide>
      <h2 id="attach-title">{e.attachSource}</h2>
      {error && <p className="alert error" role="alert">{error}</p>}
      {notice && <p className="alert info" role="status">{notice}</p>}
      <div className="attach-grid">
        <section>
          <h3>{e.library}</h3>
          <input type="search" className="search-input" placeholder={e.searchLibrary} aria-label={e.searchLibrary} value={query} onChange={(ev) => setQuery(ev.target.value)} />
          <ul className="library">
            {library.map((s) => (
              <li key={s.id}>
                <div><strong>{s.title}</strong>{s.inBulletin && <span className="badge">{e.inThisBulletin}</span>}</div>
                <div className="muted small">{[s.publisher, s.url].filter(Boolean).join(" · ")}</div>
                {attachedIds.has(s.id) ? <span className="muted small">{e.attached}</span> : (
                  <button type="button" className="button secondary small" disabled={Boolean(busy)} onClick={() => attach(s.id)}>{e.attach}</button>
                )}
              </li>
            ))}
          </ul>
        </section>
        <form onSubmit={create} onKeyDown={submitOnEnter} noValidate>
          <h3>{e.newSource}</h3>
          <FormField label={e.url} name="url" type="url" placeholder="https://" errors={fieldErrors.url} />
          <div className="fetch-row">
            <span className="field-hint" id="fetch-help"><strong>{e.fromUrl}:</strong> {e.fromUrlHelp}</span>
            <button type="submit" name="mode" value="fetch" className="button" disabled={Boolean(busy)} aria-describedby="fetch-help">
              {busy === "fetch" ? e.fetching : e.fetchAndSave}
            </button>
          </div>
          <FormField label={e.title} name="title" errors={fieldErrors.title} />
          <div className="form-row two">
            <FormField label={e.publisher} name="publisher" errors={fieldErrors.publisher} />
            <FormField label={e.publishedOn} name="publishedOn" type="date" errors={fieldErrors.publishedOn} />
          </div>
          <div className="form-row two">
            <div className="field">
              <label htmlFor="source-kind">{e.kind}</label>
              <select id="source-kind" name="kind" defaultValue="OFFICIAL">
                {(["OFFICIAL", "PRIMARY_DATA", "MEDIA", "OTHER"] as const).map((k) => <option key={k} value={k}>{e[`kind${k}`]}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor="source-credibility">{e.credibility}</label>
              <select id="source-credibility" name="credibility" defaultValue="4">
                {[5, 4, 3, 2, 1].map((n) => <option key={n} value={n}>{n} {"★".repeat(n)}</option>)}
              </select>
              <span className="field-hint">{e.credibilityHelp}</span>
            </div>
          </div>
          <h4 className="or-paste">{e.orPaste}</h4>
          <div className="field">
            <label htmlFor="source-text">{e.sourceText}</label>
            <textarea id="source-text" name="text" rows={5} />
            {fieldErrors.text && <span className="field-error">{fieldErrors.text.join(" ")}</span>}
          </div>
          <div className="field">
            <label htmlFor="source-file">{e.sourceFile}</label>
            <input id="source-file" name="file" type="file" accept=".txt,.md,.html,.htm,.docx,.pdf,.csv,.xlsx" />
          </div>
          <div className="inline-form">
            <button type="button" className="button secondary" onClick={onClose}>{e.close}</button>
            <button type="submit" name="mode" value="save" className="button secondary" disabled={Boolean(busy)}>{e.save}</button>
          </div>
        </form>
      </div>
    </ModalDialog>
  );
}
