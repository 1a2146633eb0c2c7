/**
 * When a received message still waits for a stage of the pipeline, as SQL over the `bericht` row —
 * one definition for the stages, the reconciler and the batch completion signal.
 */
import { sql } from 'drizzle-orm';

/** Stored, not yet validated. */
export const WACHT_OP_VALIDATIE = sql`(fase = 'opgeslagen')`;

/** Validated, its controls and decision to come. */
export const WACHT_OP_CONTROLE = sql`(fase = 'gevalideerd' and status = 'gevalideerd')`;

/** Decided and not waiting for a person: the retour (or, for our own 301, the release) is due. */
export const WACHT_OP_RETOUR = sql`(fase = 'beslist' and (status = 'gereed' or (status in ('beslist', 'afgekeurd') and berichttype ~ '(305|307|315|317|323)$')))`;

/** Waits for any stage (a part that waits for a person does not count: that is the backoffice's). */
export const WACHT_OP_PIJPLIJN = sql`(${WACHT_OP_VALIDATIE} or ${WACHT_OP_CONTROLE} or ${WACHT_OP_RETOUR})`;
