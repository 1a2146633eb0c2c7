import { defineConfig } from 'drizzle-kit';

// Migrations are generated offline from src/db/schema and committed; they are applied at start-up
// by src/db/migrate.ts (never `drizzle-kit push`).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
});
