// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc) just before it builds, and says so; every other
  // build checks types itself.
  typescript: { ignoreBuildErrors: process.env.CLAIMDESK_TYPES_CHECKED === "1" },
  // pdf.js reads its CMap files from node_modules at run time; bundling would hide them.
  // Share cards: resvg is a native module, satori loads its layout engine itself; exceljs reads and
  // writes zips with node streams; piscina starts worker threads from files of its own; pg, pg-boss
  // and pino load optional parts at run time.
  serverExternalPackages: ["unpdf", "pdfjs-dist", "mammoth", "linkedom", "@resvg/resvg-js", "satori", "exceljs", "piscina", "pg", "pg-boss", "pg-copy-streams", "pino"],
  experimental: {
    authInterrupts: true,
    // The proxy sees every request's body; above this Next would cut uploads short.
    proxyClientMaxBodySize: "26mb",
    // Uploads and pasted bulletins go through server actions; the reader enforces its own 10 MB limit.
    serverActions: { bodySizeLimit: "25mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        // The Content-Security-Policy, with a nonce per request, and HSTS come from proxy.ts.
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // JSON answers load nothing and are never framed (pages get theirs, with a nonce, from proxy.ts).
        source: "/api/v1/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

module.exports = nextConfig;
