import { requireApiUser } from "@/lib/auth/session";
import { bulletinVersion } from "@/lib/bulletins/queries";
import { watchBulletin } from "@/lib/db/change-feed";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";
import { onStopping } from "@/lib/server/lifecycle";

export const dynamic = "force-dynamic";

/**
 * Server-sent events: `change` with the bulletin's new version whenever anyone changes it, on any
 * server. The workspace then asks /changes at once; without this stream it still polls.
 */
export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser();
  const { id } = await params;
  const version = await bulletinVersion(id);
  if (version === null) throw notFound("bulletin.gone");
  const encoder = new TextEncoder();
  let close = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      let last = version;
      send(`retry: 5000\nevent: change\ndata: ${version}\n\n`);
      const unwatch = watchBulletin(id, (v) => {
        if (v <= last) return;
        last = v;
        send(`event: change\ndata: ${v}\n\n`);
      });
      // A comment line now and then keeps proxies from closing an idle stream.
      const ping = setInterval(() => send(": ping\n\n"), 25_000);
      const unstop = onStopping(() => close());
      close = () => {
        unwatch();
        unstop();
        clearInterval(ping);
        try {
          controller.close();
        } catch {}
      };
      request.signal.addEventListener("abort", () => close());
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream", "cache-control": "no-store", "x-accel-buffering": "no" },
  });
});
