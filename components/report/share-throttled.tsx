import { getMessages } from "@/lib/i18n/locale";

/** Shown instead of a shared report once a client has tried too many unknown share links. */
export async function ShareThrottled({ retryAt }: { retryAt: Date }) {
  const { t } = await getMessages();
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000));
  return (
    <main className="centered card" data-testid="share-throttled">
      <h1>{t.tooManyRequests}</h1>
      <p className="lead">{t.tooManyRequestsLead.replace("{n}", String(minutes))}</p>
    </main>
  );
}
