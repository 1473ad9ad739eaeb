"use client";

import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/safe-action-state";

type Props = { revoked: boolean; labels: { revoke: string; revoked: string }; revoke: () => Promise<ActionResult<unknown>>; onError: (message: string) => void };

/** A secret's Revoke button, or its Revoked badge once revoked; the page reloads its list after. */
export function RevokeControl({ revoked, labels, revoke, onError }: Props) {
  const router = useRouter();
  if (revoked) return <span className="badge off">{labels.revoked}</span>;
  return (
    <button type="button" className="button danger small" onClick={async () => {
      const result = await revoke();
      if (result.ok) router.refresh();
      else onError(result.error.message);
    }}>{labels.revoke}</button>
  );
}
