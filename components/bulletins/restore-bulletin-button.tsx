"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreBulletinAction } from "@/app/(workspace)/bulletins/bulletin-actions";

export function RestoreBulletinButton({ bulletinId, label }: { bulletinId: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button secondary small"
        onClick={async () => {
          const result = await restoreBulletinAction({ bulletinId });
          if (result.ok) router.refresh();
          else setError(result.error.message);
        }}
      >
        {label}
      </button>
      {error && <span className="field-error" role="alert"> {error}</span>}
    </>
  );
}
