import type { FieldErrors } from "@/lib/errors";
import { FormField } from "@/components/ui/form-field";
import { type WorkspaceMessages } from "@/lib/i18n/catalogue";

/** The bulletin's details every import asks for: title, publisher, date, language, original URL. */
export function BulletinMetaFields({ w, fieldErrors, languageLocked = false }: { w: WorkspaceMessages; fieldErrors: FieldErrors; languageLocked?: boolean }) {
  return (
    <>
      <div className="form-row">
        <FormField label={w.title} name="title" required errors={fieldErrors.title} />
        <FormField label={w.publisher} name="publisher" errors={fieldErrors.publisher} />
        <FormField label={w.publishedOn} name="publishedOn" type="date" errors={fieldErrors.publishedOn} />
        <div className="field">
          <label htmlFor="field-language">{w.language}</label>
          <select id="field-language" name="language" defaultValue="auto" disabled={languageLocked}>
            <option value="auto">{w.languageAuto}</option>
            <option value="zh">{w.languageZh}</option>
            <option value="en">{w.languageEn}</option>
          </select>
        </div>
      </div>
      <FormField label={w.sourceUrl} name="sourceUrl" type="url" placeholder="https://" errors={fieldErrors.sourceUrl} />
    </>
  );
}
