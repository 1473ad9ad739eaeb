import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "@/lib/i18n/locale";

type Props = { kind: "not-found" | "forbidden"; landmark?: boolean };

export async function noticeMetadata(kind: Props["kind"]): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: kind === "not-found" ? t.notFoundTitle : t.forbiddenTitle };
}

/**
 * The card of a 404 or 403. It is the page's main landmark when nothing else is around it, and a
 * plain block inside the signed-in shell, which has its own `main`.
 */
export async function NoticePage({ kind, landmark = false }: Props) {
  const { t } = await getMessages();
  const Tag = landmark ? "main" : "div";
  return (
    <Tag className="centered card">
      <h1>{kind === "not-found" ? t.notFoundTitle : t.forbiddenTitle}</h1>
      {kind === "forbidden" && <p className="lead">{t.forbiddenLead}</p>}
      <Link href={kind === "not-found" ? "/" : "/bulletins"} className="button">{t.backHome}</Link>
    </Tag>
  );
}
