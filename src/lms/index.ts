/**
 * The SCORM layer: finds an LMS's runtime API and speaks SCORM 1.2 or 2004 through one adapter. No Lit; the only DOM
 * use is walking windows to find the API. `LmsController` (src/controllers/lms-controller.ts) ties it to an element.
 * @module
 */
export { findApi } from './discovery.js';
export { createAdapter } from './adapter.js';
export { lmsResult } from './result.js';
export {
  formatRawScore,
  formatScaledScore,
  formatTimespan12,
  formatDuration2004,
  identifier12,
  identifier2004,
  choiceResponse12,
  choiceResponse2004,
  SUSPEND_MAX_12,
  SUSPEND_MAX_2004,
} from './format.js';
export type {
  LmsAdapter,
  LmsError,
  LmsErrorHandler,
  LmsInteraction,
  LmsMode,
  LmsResult,
  Scorm12Api,
  Scorm2004Api,
  ScormVersion,
} from './types.js';
