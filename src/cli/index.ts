#!/usr/bin/env node
/// <reference types="node" />
/**
 * The package's command line (`npx ml-quiz …`): `validate` checks a bank folder or file, `scorm` packages an exam for
 * an LMS. Node only: nothing in the browser build imports it.
 */
import { runScorm, scormUsage } from './scorm.js';
import { runValidate, validateUsage } from './validate.js';

const USAGE = `ml-quiz — tools for question-bank authors

${validateUsage}
  Merges a bank folder (bank.json first, then the other *.json files in name order) or reads one bank file, and
  prints every error as "error <file>: <path>: <message>" and every lint warning. Exit 1 on errors, and on
  warnings with --strict. --stats prints counts and the shape-cue figures per bank, domain and file.

${scormUsage}`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return runValidate(rest);
    case 'scorm':
      return runScorm(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`ml-quiz: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
