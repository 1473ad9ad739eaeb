"use client";

import { IntlMessageFormat } from "intl-messageformat";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

type Progress = { sourcesRead: number; sourcesTotal: number; figuresDone: number; figuresTotal: number };
type Messages = { matchingSources: string; matchingFigures: string; matchingStale: string };

/** How often the page asks again while a bulletin's figures are being matched in the background. */
const REFRESH_MS = 2_000;

/** Where the background matching stands, refreshed until the stored proposals are current; nothing once they are. */
export function MatchingProgress({ progress, m, locale }: { progress: Progress | null; m: Messages; locale: string }) {
  const router = useRouter();
  useEffect(() => {
    if (!progress) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [progress, router]);
  if (!progress) return null;
  const reading = progress.sourcesRead < progress.sourcesTotal;
  const text = new IntlMessageFormat(reading ? m.matchingSources : m.matchingFigures, locale).format(
    reading ? { read: progress.sourcesRead + 1, total: progress.sourcesTotal } : { done: progress.figuresDone, total: progress.figuresTotal },
  ) as string;
  return (
    <p className="alert info matching-progress" role="status" aria-live="polite">
      <progress max={progress.sourcesTotal + progress.figuresTotal} value={progress.sourcesRead + progress.figuresDone} /> {text}{" "}
      <span className="muted small">{m.matchingStale}</span>
    </p>
  );
}
