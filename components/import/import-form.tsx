"use client";

import { useRouter } from "next/navigation";
import { useRequestKey } from "@/components/ui/request-key";
import { useCallback, useRef, useState, type FormEvent } from "react";
import { createBulletinAction, importStateAction, previewImportAction, type Preview } from "@/app/(workspace)/bulletins/new/actions";
import Link from "next/link";
import { format, type Catalogue, type Locale, type WorkspaceMessages } from "@/lib/i18n/catalogue";
import type { FieldErrors } from "@/lib/errors";
import { BulletinMetaFields } from "./bulletin-meta-fields";
import { CleaningPreview } from "./cleaning-preview";

type Stage = "edit" | "reading" | "preview" | "saving";

export function ImportForm({ w, b, locale }: { w: WorkspaceMessages; b: Catalogue["bulletin"]; locale: Locale }) {
  const requestKey = useRequestKey();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [stage, setStage] = useState<Stage>("edit");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [undone, setUndone] = useState<Set<number>>(new Set());

  const toggle = useCallback((index: number) => {
    setUndone((prev) => {
      const next = new Set(prev);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  }, []);

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setStage("reading");
    const data = new FormData(event.currentTarget);
    // No file chosen: the browser still sends an empty, nameless part.
    const file = data.get("file");
    if (file instanceof File && !file.name && file.size === 0) data.delete("file");
    const result = await previewImportAction(data);
    if (!result.ok) {
      setError(result.error.message);
      setStage("edit");
      return;
    }
    setPreview(result.data);
    setUndone(new Set());
    const title = form.current?.elements.namedItem("title") as HTMLInputElement | null;
    if (title && !title.value && result.data.fileTitle) title.value = result.data.fileTitle;
    setStage("preview");
  }

  async function onCreate() {
    if (!preview || !form.current) return;
    const data = new FormData(form.current);
    setError(null);
    setFieldErrors({});
    setStage("saving");
    const result = await createBulletinAction({
      title: data.get("title"),
      publisher: data.get("publisher"),
      publishedOn: data.get("publishedOn"),
      language: preview.language,
      sourceUrl: data.get("sourceUrl"),
      originalText: preview.originalText,
      rejectedChanges: [...undone],
      requestKey: requestKey.keyFor([data.get("title"), preview.originalText.length, [...undone]]),
    });
    if (!result.ok) {
      setError(result.error.message);
      setFieldErrors(result.error.fieldErrors ?? {});
      setStage("preview");
      return;
    }
    // A large bulletin goes on importing in the background: ask until it is stored.
    let outcome = result.data;
    while ("pending" in outcome) {
      const state = await importStateAction({ jobId: outcome.pending });
      if (!state.ok) {
        setError(state.error.message);
        setStage("preview");
        return;
      }
      outcome = state.data;
    }
    router.push(`/bulletins/${outcome.id}`);
  }

  const busy = stage === "reading" || stage === "saving";
  return (
    <>
      <form ref={form} onSubmit={onPreview} noValidate className="card import-form" aria-busy={busy}>
        {error && <p className="alert error" role="alert">{error}</p>}
        <BulletinMetaFields w={w} fieldErrors={fieldErrors} languageLocked={stage === "preview"} />
        {stage !== "preview" && stage !== "saving" && (
          <>
            <div className="field">
              <label htmlFor="field-text">{w.pasteText}</label>
              <textarea id="field-text" name="text" rows={10} />
            </div>
            <div className="field">
              <label htmlFor="field-file">{w.orUpload}</label>
              <input id="field-file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf" />
            </div>
            <button type="submit" className="button" disabled={busy}>{w.preview}</button>
          </>
        )}
        {busy && (
          <div className="progress-indeterminate" role="status">
            <span>{stage === "reading" ? w.reading : w.saving}</span>
            <div className="bar"><div /></div>
          </div>
        )}
      </form>
      {preview && (stage === "preview" || stage === "saving") && (
        <section className="stack">
          {preview.duplicate && (
            <div className="alert warn" role="status" data-testid="duplicate-warning">
              {format(locale, b.duplicate, { title: preview.duplicate.title })} <Link href={`/bulletins/${preview.duplicate.id}`}>{b.openExisting}</Link> · {b.importAnyway}
            </div>
          )}
          <div className="page-head">
            <p className="lead">{w.cleaningLead}</p>
            <div className="inline-form">
              <button type="button" className="button secondary" onClick={() => setStage("edit")} disabled={busy}>{w.back}</button>
              <button type="button" className="button" onClick={onCreate} disabled={busy}>{w.create}</button>
            </div>
          </div>
          <CleaningPreview preview={preview} undone={undone} onToggle={toggle} w={w} />
        </section>
      )}
    </>
  );
}
