import { setLocale } from "@/lib/i18n/actions";
import type { Locale } from "@/lib/i18n/catalogue";

/** Switches the interface language; a plain form, so it works before any script loads. */
export function LocaleSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={locale === "zh" ? "en" : "zh"} />
      <button type="submit" className="link-button" lang={locale === "zh" ? "en" : "zh"}>
        {label}
      </button>
    </form>
  );
}
