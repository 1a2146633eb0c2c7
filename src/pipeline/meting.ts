/**
 * Where the pipeline's time goes, for `npm run bench -- ingest`: milliseconds per step, summed over
 * the run. Given to the stages through `StageDeps.meting`; without one nothing is timed.
 *   store   — `ontvang`: raw bytes stored, batch recorded
 *   check   — the validate stage: xml, xsd, in-message rules, header keys, TR056, written
 *   control — the facts and registers read for the controls, and the controls themselves
 *   decide  — the decisions, and the facts, findings and statuses written
 *   retour  — retours built, checked, stored and written to the outbox
 */
export type PipelineStap = 'store' | 'check' | 'control' | 'decide' | 'retour';

export type PipelineMeting = Record<PipelineStap, number>;

export function nieuwePipelineMeting(): PipelineMeting {
  return { store: 0, check: 0, control: 0, decide: 0, retour: 0 };
}

/** Runs `fn`, adding its time to `stap` when there is a meting. */
export async function gemeten<T>(meting: PipelineMeting | undefined, stap: PipelineStap, fn: () => Promise<T>): Promise<T> {
  if (!meting) return fn();
  const t = performance.now();
  try {
    return await fn();
  } finally {
    meting[stap] += performance.now() - t;
  }
}
