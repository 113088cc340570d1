/**
 * npm run validate -- [--stats] [--strict] <bank dir or file>...
 * The same code as the package's CLI (`npx ml-quiz validate`): see src/cli/validate.ts.
 */
import { runValidate } from '../src/cli/validate.js';

process.exit(runValidate(process.argv.slice(2)));
