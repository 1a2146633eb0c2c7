/**
 * The types of Verwijzer that have an AGB code of their own (CD066, CD067, CD068): 02 huisarts,
 * 03 jeugdarts, 04 gecertificeerde instelling, 05 medisch specialist. Such a verwijzer is named by
 * ZorgverlenerCode or else by Naam; any other type has no ZorgverlenerCode.
 */
export const VERWIJZERS_MET_AGB = new Set(['02', '03', '04', '05']);
