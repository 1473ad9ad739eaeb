import { getMessages } from "@/lib/i18n/locale";

/** Shown instead of a shared report once a client has tried too many unknown share links. */
export async function ShareThrottled({ minutes }: { minutes: number }) {
  const { t } = await getMessages();
  return (
    <main className="centered card" data-testid="share-throttled">
      <h1>{t.tooManyRequests}</h1>
      <p className="lead">{t.tooManyRequestsLead.replace("{n}", String(minutes))}</p>
    </main>
  );
}
