// Tests never touch the developer's database: lib/db's default client points at a throw-away path.
process.env.DATA_DIR ??= ".tmp/vitest";
process.env.DATABASE_URL ??= "file:./.tmp/vitest/unused.db";
