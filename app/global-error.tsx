"use client";

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>Something went wrong · 出错了</h1>
        <p>Nothing you saved has been lost; try again.</p>
        <button type="button" onClick={reset}>Try again · 重试</button>
      </body>
    </html>
  );
}
