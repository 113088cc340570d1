/**
 * npm run scorm -- --bank <bank id | folder | file> [--exam <exam id>] --version 1.2|2004 [--out <file.zip>] [--dist <dir>]
 * The same code as the package's CLI (`npx ml-quiz scorm`): see src/cli/scorm.ts. Run `npm run build` first.
 */
import { runScorm } from '../src/cli/scorm.js';

process.exit(runScorm(process.argv.slice(2)));
