// Playwright drives Debian's Chromium (its own browser download cannot work offline here).
// As root, install what is missing with apt-get, as `playwright install --with-deps` would; otherwise say what to install.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasCjkFont = () => {
  try {
    return execSync("fc-list :lang=zh family", { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
};

const missing = [];
if (!existsSync(chromium)) missing.push("chromium");
if (!hasCjkFont()) missing.push("fonts-noto-cjk");
// The report test turns its printed PDF into a PNG with pdftoppm.
if (!existsSync("/usr/bin/pdftoppm")) missing.push("poppler-utils");

if (missing.length > 0) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(`The browser tests need Debian packages that are missing: ${missing.join(" ")}.\n` +
      `Install them with:  sudo apt-get update && sudo apt-get install -y ${missing.join(" ")}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(" ")} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execSync("apt-get update -qq", { stdio: "inherit", env });
  execSync(`apt-get install -y -qq ${missing.join(" ")}`, { stdio: "inherit", env });
}
