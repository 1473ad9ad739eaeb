-- Token scopes. Tokens made before scopes existed become read-only: their owners never chose to let
-- them write, and a leaked old token should not gain new powers; a user who needs writes makes a new one.
-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "scopes" TEXT NOT NULL DEFAULT 'read';
