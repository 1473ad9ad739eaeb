"use server";

import { db } from "@/lib/db";
import { jsonAction, uploadAction } from "@/lib/actions/safe-action";
import { addSourceToBulletin, attachSourceToBulletin, detachSourceFromBulletin } from "@/lib/sources/bulletin-sources";
import { fetchSourceForBulletinJob } from "@/lib/jobs/source-fetch";
import { invalidInput } from "@/lib/validations/field-errors";
import { requestKeyOfForm, sourceTextOfForm } from "@/lib/sources/form-text";
import { bulletinSourceSchema, fetchBulletinSourceSchema, sourceMetaSchema } from "@/lib/validations/source";

/** Sources of this bulletin: pasted or uploaded text, as a claim's new source is read. */
export const addBulletinSourceAction = uploadAction(async (user, formData) => {
  const ids = bulletinSourceSchema.pick({ bulletinId: true }).safeParse({ bulletinId: formData.get("bulletinId") });
  if (!ids.success) throw invalidInput(ids.error);
  const meta = sourceMetaSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!meta.success) throw invalidInput(meta.error);
  const { text, contentType, table } = await sourceTextOfForm(formData);
  const result = await addSourceToBulletin(db, user, ids.data.bulletinId, meta.data, text, contentType, requestKeyOfForm(formData), table);
  return { reused: result.reused, title: result.title };
});

export const fetchBulletinSourceAction = jsonAction(fetchBulletinSourceSchema, async (user, { bulletinId, requestKey: key, ...meta }) => {
  const result = await fetchSourceForBulletinJob(db, user, bulletinId, meta, key);
  return { reused: result.reused, title: result.title };
});

export const attachBulletinSourceAction = jsonAction(bulletinSourceSchema, async (user, input) => {
  await attachSourceToBulletin(db, user, input.bulletinId, input.sourceId);
  return { reused: true, title: "" };
});

export const detachBulletinSourceAction = jsonAction(bulletinSourceSchema, async (user, input) => {
  await detachSourceFromBulletin(db, user, input.bulletinId, input.sourceId);
  return null;
});
