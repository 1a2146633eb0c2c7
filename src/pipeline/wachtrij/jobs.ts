/**
 * The jobs the queues carry: ids, never data (job data sits in Redis in clear text; the messages
 * live in the database). Every stage of a batch is one job on its stage's queue; a person's decision
 * is a job on `decide`; the KPI work is on `kpi`. Every job name has exactly one handler (checked when
 * workers start: `controleerHandlers`).
 */

export type Stage = 'validate' | 'control' | 'decide' | 'retour' | 'kpi';

export const STAGES: readonly Stage[] = ['validate', 'control', 'decide', 'retour', 'kpi'];

export interface BatchJob {
  readonly batchId: number;
}

export interface BeslissingJob {
  readonly berichtId: number;
}

/** Job names per queue and their payloads. */
export interface Jobs {
  validate: { 'valideer-batch': BatchJob };
  control: { 'controleer-batch': BatchJob };
  decide: { 'na-beslissing': BeslissingJob };
  retour: { 'beantwoord-batch': BatchJob };
  kpi: { 'kpi-feiten': BatchJob; 'kpi-refresh': { peildatum?: string } };
}

export type JobNaam<S extends Stage> = keyof Jobs[S] & string;

export const JOB_NAMEN: { readonly [S in Stage]: readonly JobNaam<S>[] } = {
  validate: ['valideer-batch'],
  control: ['controleer-batch'],
  decide: ['na-beslissing'],
  retour: ['beantwoord-batch'],
  kpi: ['kpi-feiten', 'kpi-refresh'],
};

/** A job id derived from what it does, so enqueueing the same work twice is a no-op while it waits. */
export function jobId(stage: Stage, naam: string, data: BatchJob | BeslissingJob | { peildatum?: string }): string {
  if ('batchId' in data) return `${stage}-${naam}-b${data.batchId}`;
  if ('berichtId' in data) return `${stage}-${naam}-m${data.berichtId}`;
  return 'peildatum' in data && data.peildatum ? `${stage}-${naam}-${data.peildatum}` : `${stage}-${naam}`;
}
