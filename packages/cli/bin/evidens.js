#!/usr/bin/env node
// Runs the compiled command line; `npm ci` builds it (the root package's `prepare` script).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
