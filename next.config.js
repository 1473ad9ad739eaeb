// @ts-check

const isDev = process.env.NODE_ENV !== "production";

// Next's hydration uses inline scripts, hence 'unsafe-inline'; 'unsafe-eval' only for dev's hot reload.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // pdf.js reads its CMap files from node_modules at run time; bundling would hide them.
  // piscina starts worker threads from files of its own; pg, pg-boss and pino load optional parts at run time.
  serverExternalPackages: ["unpdf", "pdfjs-dist", "mammoth", "linkedom", "piscina", "pg", "pg-boss", "pg-copy-streams", "pino"],
  experimental: {
    authInterrupts: true,
    // Uploads and pasted bulletins go through server actions; the reader enforces its own 10 MB limit.
    serverActions: { bodySizeLimit: "25mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
