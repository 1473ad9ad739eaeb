"use server";

import { db } from "@/lib/db";
import { jsonAction } from "@/lib/actions/safe-action";
import { requestLocaleFor } from "@/lib/i18n/locale";
import { acceptAllShown, acceptBoardFigure } from "@/lib/sources/board-accept";
import { boardAcceptAllSchema, boardDecisionSchema } from "@/lib/validations/board";

// The figure board's decisions. jsonAction authenticates and validates; the service re-computes each
// proposal on the server and checks the permission and the claim's rules inside its transaction.

export const decideBoardFigureAction = jsonAction(boardDecisionSchema, (user, input) => acceptBoardFigure(db, user, input));

export const acceptAllShownAction = jsonAction(boardAcceptAllSchema, async (user, input) => {
  const outcome = await acceptAllShown(db, user, input);
  const locale = await requestLocaleFor(user);
  // A refused claim says why in the reader's language; the other reasons are named by code.
  return {
    written: outcome.written,
    skipped: outcome.skipped.map(({ figureId, reason, error }) => ({ figureId, reason, ...(error ? { message: error.messageIn(locale) } : {}) })),
    claims: outcome.claims,
  };
});
