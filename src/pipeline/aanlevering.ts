/**
 * What the ingestion edges (HTTP, drop folder, GGK envelope, CLI) need from the pipeline: store a
 * delivery raw (committed before anything is answered) and start processing it. With queues, `start`
 * enqueues and throws `WachtrijNietBeschikbaar` when it cannot (the HTTP edge answers 503; the
 * reconciler picks the stored messages up later); in process, it runs the stages.
 */
import type { Container, Invoer } from '../ingest/invoer.js';
import type { Ontvangen } from './inline.js';

export interface BatchInfo {
  readonly bron: 'http' | 'map' | 'cli' | 'ggk';
  /** The sending channel (API key name) or folder. */
  readonly kanaal?: string;
  readonly bestandsnaam?: string;
}

export interface Aanlevering {
  /** Stores every message of the delivery raw, in one transaction; refusals recorded with reasons. */
  ontvang(info: BatchInfo, levering: Container | readonly Invoer[]): Promise<Ontvangen>;
  /** Starts processing of stored messages (enqueue, or run in process). */
  start(berichtIds: readonly number[]): Promise<void>;
  /** Resolves when everything started so far is processed (in process: immediately after; tests). */
  klaar?(): Promise<void>;
}

/** The queue cannot take work now (Redis down): the delivery is stored, processing comes later. */
export class WachtrijNietBeschikbaar extends Error {
  constructor(cause?: unknown) {
    super('De verwerkingswachtrij is tijdelijk niet bereikbaar; de berichten zijn opgeslagen en worden later verwerkt.', { cause });
    this.name = 'WachtrijNietBeschikbaar';
  }
}
