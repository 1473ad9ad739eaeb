"use client";

import { useRouter } from "next/navigation";
import { useRequestKey } from "@/components/ui/request-key";
import { useState } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(workspace)/account/actions";
import { RevokeControl } from "@/components/ui/revoke-control";
import type { Messages } from "@/lib/i18n/catalogue";

type Token = { id: string; name: string; prefix: string; scopes: string[]; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };
type Access = "read" | "write";

/** Personal API tokens: the secret is shown once, right after it is made; only its hash is kept. */
export function ApiTokens({ tokens, t }: { tokens: Token[]; t: Messages }) {
  const requestKey = useRequestKey();
  const router = useRouter();
  const [name, setName] = useState("");
  const [access, setAccess] = useState<Access>("read");
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      {error && <p className="alert error" role="alert">{error}</p>}
      {secret && (
        <p className="alert ok" role="status">
          {t.tokenShownOnce} <input readOnly value={secret} className="share-url" aria-label={t.newToken} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          const result = await createApiTokenAction({ name, access, requestKey: requestKey.keyFor(`${access}:${name}`) });
          if (!result.ok) return setError(result.error.message);
          requestKey.done();
          setSecret(result.data.secret);
          setName("");
          router.refresh();
        }}
      >
        <input className="search-input" aria-label={t.tokenName} placeholder={t.tokenNamePlaceholder} value={name} onChange={(e) => setName(e.target.value)} />
        <select aria-label={t.tokenAccess} value={access} onChange={(e) => setAccess(e.target.value as Access)}>
          <option value="read">{t.tokenReadOnly}</option>
          <option value="write">{t.tokenReadWrite}</option>
        </select>
        <button type="submit" className="button small">{t.createToken}</button>
      </form>
      <div className="table-scroll">
        <table className="data">
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-testid="api-token">
                <td><strong>{token.name}</strong> <code>{token.prefix}…</code> <span className="badge" data-testid="token-access">{token.scopes.includes("write") ? t.tokenReadWrite : t.tokenReadOnly}</span></td>
                <td className="muted small">{t.created} {token.createdAt.slice(0, 10)}{token.lastUsedAt && ` · ${t.lastUsed} ${token.lastUsedAt.slice(0, 16).replace("T", " ")}`}</td>
                <td>
                  <RevokeControl revoked={token.revokedAt !== null} labels={t} revoke={() => revokeApiTokenAction({ tokenId: token.id })} onError={setError} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
