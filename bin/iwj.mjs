#!/usr/bin/env node
// The `iwj` command. The sources are TypeScript, run through tsx's loader: one truth, no stale build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
