/**
 * iWmo: our schemas give the same verdict as the published reference (301, 305, 307, 315, 317,
 * 319, 323) or the reference derived from iJw (the retours) on every mutant of every message type.
 */
import { conformanceSuite } from './suite.js';

conformanceSuite('iwmo');
