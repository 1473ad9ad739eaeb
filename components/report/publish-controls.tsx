"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { publishAllVerifiedAction, publishClaimsAction, unpublishClaimsAction } from "@/app/(workspace)/bulletins/[id]/report/actions";
import { PUBLISH_FORM } from "./publish-form-id";
import { type ReportMessages } from "@/lib/i18n/catalogue";

type Props = { bulletinId: string; unpublishedVerified: number; r: ReportMessages };
type Outcome = { kind: "ok" | "error"; text: string } | null;

const refOf = (value: string) => {
  const [id, version] = value.split(":");
  return { id, version: Number(version) };
};

/**
 * Publishing for editors: the claims' checkboxes and buttons belong to this form (HTML `form`
 * attribute), so one claim, a selection or every verified claim is published in one request.
 */
export function PublishControls({ bulletinId, unpublishedVerified, r }: Props) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const selected = new FormData(form).getAll("claim").map((v) => refOf(String(v)));
    let intent = submitter?.value ?? "";
    let claims = selected;
    if (submitter?.name === "one") {
      const [action, ...rest] = intent.split(":");
      intent = `${action}-selected`;
      claims = [refOf(rest.join(":"))];
    }
    if (intent !== "publish-all" && claims.length === 0) return setOutcome({ kind: "error", text: r.nothingSelected });
    setBusy(true);
    setOutcome(null);
    const result = intent === "publish-all"
      ? await publishAllVerifiedAction({ bulletinId })
      : intent === "unpublish-selected"
        ? await unpublishClaimsAction({ bulletinId, claims })
        : await publishClaimsAction({ bulletinId, claims });
    setBusy(false);
    // The server answers in the request's language.
    if (!result.ok) return setOutcome({ kind: "error", text: result.error.message });
    const count = "published" in result.data ? result.data.published : result.data.unpublished;
    const template = "published" in result.data ? r.publishDone : r.unpublishDone;
    setOutcome({ kind: "ok", text: intent === "publish-all" && count === 0 ? r.nothingToPublish : template.replace("{n}", String(count)) });
    form.reset();
    router.refresh();
  }

  return (
    <form id={PUBLISH_FORM} className="publish-controls no-print" onSubmit={onSubmit} aria-busy={busy}>
      <div className="inline-form wrap">
        <strong>{r.publishing}:</strong>
        <button type="submit" value="publish-selected" className="button small" disabled={busy}>{r.publishSelected}</button>
        <button type="submit" value="unpublish-selected" className="button secondary small" disabled={busy}>{r.unpublishSelected}</button>
        <button type="submit" value="publish-all" className="button secondary small" disabled={busy || unpublishedVerified === 0}>
          {r.publishAllVerified.replace("{n}", String(unpublishedVerified))}
        </button>
      </div>
      <p className="muted small">{r.publishingLead}</p>
      {outcome && <p className={`alert ${outcome.kind === "ok" ? "ok" : "error"}`} role={outcome.kind === "ok" ? "status" : "alert"}>{outcome.text}</p>}
    </form>
  );
}
