// Tests use the real Redis and PostgreSQL of this machine unless told otherwise (SPEC §7).
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
