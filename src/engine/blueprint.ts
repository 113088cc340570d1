/** The blueprint rule lives in `bank` (the bank check uses it too); the engine's public API re-exports it. */
export { allocateByWeight, type WeightedDomain } from '../bank/blueprint.js';
