/** The database schema: one file per aggregate. */
export * from './batch.js';
export * from './bericht.js';
export * from './bevinding.js';
export * from './toewijzing.js';
export * from './zorg.js';
export * from './declaratie.js';
export * from './registers.js';
export * from './verzoek.js';
export * from './toegang.js';
export * from './ggk.js';
export * from './kpi.js';
export * from './kpi-refresh.js';
