#!/bin/sh
# Prisma's native schema engine cannot be downloaded offline, and Lofte does not need it:
# `prisma generate` uses the WebAssembly engine bundled in the CLI, and migrations are applied
# by src/store/migrate.ts. Pointing PRISMA_SCHEMA_ENGINE_BINARY here makes any command that
# would need the native engine fail with this line instead of a download error.
echo "Lofte: the native Prisma schema engine is not used. Apply migrations with 'npm run db:migrate'." >&2
exit 1
