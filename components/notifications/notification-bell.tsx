"use client";

import Link from "next/link";
import { useEffect, useReducer, useRef } from "react";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import type { NotificationView } from "@/lib/notifications/queries";
import { format, localTime, timeAgo, type Catalogue, type Locale } from "@/lib/i18n/catalogue";

const POLL_MS = 4_000;

type State = { open: boolean; unread: number; items: NotificationView[]; since: string | null };
type Event =
  | { type: "arrived"; unread: number; items: NotificationView[]; at: string }
  | { type: "opened" }
  | { type: "closed" };

function reducer(state: State, event: Event): State {
  switch (event.type) {
    case "arrived": {
      const known = new Map(state.items.map((n) => [n.id, n]));
      for (const n of event.items) known.set(n.id, n);
      const items = [...known.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 30);
      return { ...state, unread: event.unread, items, since: event.at };
    }
    case "opened":
      return { ...state, open: true, unread: 0 };
    case "closed":
      return { ...state, open: false, items: state.items.map((n) => ({ ...n, read: true })) };
  }
}

type Labels = { n: Catalogue["notifications"]; verdicts: Record<string, string> };

/** One notification as a sentence in the reader's language. */
function sentence(locale: Locale, { n, verdicts }: Labels, item: NotificationView): string {
  const params = { ...item.params, actor: item.actor ?? "", verdict: verdicts[String(item.params.verdict)] ?? "", comment: String(item.params.comment ?? ""), count: Number(item.params.count ?? 1) };
  const template = { ASSIGNED: n.assigned, SENT_BACK: n.sentBack, APPROVED: n.approved, MENTIONED: n.mentioned, CHANGED: n.changed }[item.kind];
  return format(locale, template, params);
}

/**
 * The bell in the header: the unread count, kept current by the same short poll the workspace's
 * live view uses, and the list, marked read when opened.
 */
export function NotificationBell({ locale, labels }: { locale: Locale; labels: Labels }) {
  const [state, dispatch] = useReducer(reducer, { open: false, unread: 0, items: [], since: null });
  const since = useRef<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const { n } = labels;

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    async function poll() {
      try {
        const at = new Date(Date.now() - 5_000).toISOString();
        const query = since.current ? `?since=${encodeURIComponent(since.current)}` : "";
        const response = await fetch(`/api/v1/notifications${query}`, { cache: "no-store" });
        if (response.ok && !stopped) {
          const body = (await response.json()) as { unread: number; notifications: NotificationView[] };
          since.current = at;
          dispatch({ type: "arrived", unread: body.unread, items: body.notifications, at });
        }
      } catch {
        // Offline for a moment: the next poll catches up.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    }
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    if (!state.open) return;
    const close = (event: KeyboardEvent | MouseEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !panel.current?.contains(event.target as Node)) dispatch({ type: "closed" });
    };
    window.addEventListener("keydown", close);
    window.addEventListener("mousedown", close);
    return () => {
      window.removeEventListener("keydown", close);
      window.removeEventListener("mousedown", close);
    };
  }, [state.open]);

  async function toggle() {
    if (state.open) return dispatch({ type: "closed" });
    dispatch({ type: "opened" });
    if (state.items.some((i) => !i.read)) await markNotificationsReadAction({});
  }

  return (
    <div className="bell" ref={panel}>
      <button type="button" className="bell-button" aria-expanded={state.open} aria-label={format(locale, n.bell, { count: state.unread })} onClick={toggle} data-testid="notification-bell">
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        {state.unread > 0 && <span className="bell-count" data-testid="notification-count">{state.unread}</span>}
      </button>
      {state.open && (
        <div className="bell-panel card" role="region" aria-label={n.title} data-testid="notification-list">
          <h2>{n.title}</h2>
          {state.items.length === 0 ? (
            <p className="muted">{n.empty}</p>
          ) : (
            <ul>
              {state.items.map((item) => (
                <li key={item.id} className={item.read ? "read" : "unread"}>
                  <Link href={item.bulletinId ? `/bulletins/${item.bulletinId}${item.claimId ? `?claim=${item.claimId}` : ""}` : "/queue"} onClick={() => dispatch({ type: "closed" })}>
                    {!item.read && <span className="dot unread-dot" aria-label={n.unread} />}
                    {sentence(locale, labels, item)}
                  </Link>
                  <div className="muted small" title={localTime(locale, item.createdAt)}>{timeAgo(locale, item.createdAt)}</div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
