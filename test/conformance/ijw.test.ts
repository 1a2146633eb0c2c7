/**
 * iJw: our schemas give the same verdict as the published reference on every mutant of every
 * message type.
 */
import { conformanceSuite } from './suite.js';

conformanceSuite('ijw');
