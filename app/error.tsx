"use client";

// Shows no error detail: the server logged it; a user only needs to know nothing was lost.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="centered card">
      <h1>Something went wrong · 出错了</h1>
      <p className="lead">The page could not be shown. Nothing you saved has been lost; try again.</p>
      <button type="button" className="button" onClick={reset}>Try again · 重试</button>
    </main>
  );
}
