"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(workspace)/account/actions";

type Token = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

/** Personal API tokens: the secret is shown once, right after it is made; only its hash is kept. */
export function ApiTokens({ tokens }: { tokens: Token[] }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      {error && <p className="alert error" role="alert">{error}</p>}
      {secret && (
        <p className="alert ok" role="status">
          Copy this token now; it will not be shown again: <input readOnly value={secret} className="share-url" aria-label="New API token" onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          const result = await createApiTokenAction({ name });
          if (!result.ok) return setError(result.error.message);
          setSecret(result.data.secret);
          setName("");
          router.refresh();
        }}
      >
        <input className="search-input" aria-label="Token name" placeholder="Token name, e.g. newsroom CMS" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button small">Create token</button>
      </form>
      <table className="data">
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} data-testid="api-token">
              <td><strong>{t.name}</strong> <code>{t.prefix}…</code></td>
              <td className="muted small">created {t.createdAt.slice(0, 10)}{t.lastUsedAt && ` · last used ${t.lastUsedAt.slice(0, 16).replace("T", " ")}`}</td>
              <td>
                {t.revokedAt ? <span className="badge off">revoked</span> : (
                  <button type="button" className="button danger small" onClick={async () => {
                    const result = await revokeApiTokenAction({ tokenId: t.id });
                    if (result.ok) router.refresh();
                    else setError(result.error.message);
                  }}>Revoke</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
