/**
 * The core's whole public surface: everything in `core.ts`, plus corpus validation (which
 * loads zod). The composition root (adapters/cli) reads files and hands them in.
 */
export * from "./core.js";
export { validateCorpus, type RawCorpus, type CorpusProblem, type ValidCorpus } from "./corpus/validate.js";
