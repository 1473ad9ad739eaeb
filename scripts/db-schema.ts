// `npm run db:schema`: writes prisma/postgresql/schema.prisma from prisma/schema.prisma.
import { readFileSync, writeFileSync } from "node:fs";
import { PG_SCHEMA, SQLITE_SCHEMA, pgSchemaFrom } from "../lib/db/schema-twin";

writeFileSync(PG_SCHEMA, pgSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")));
console.log(`Wrote ${PG_SCHEMA} from ${SQLITE_SCHEMA}.`);
