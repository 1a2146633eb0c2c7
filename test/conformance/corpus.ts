/**
 * Runs the conformance comparison of one message type: seeds from its example, the mutation corpus
 * from the seeds, and every document validated against our schema and the reference schema.
 */
import { MUTATION_KINDS, mutationCorpus, type Mutant, type MutationKind } from './mutations.js';
import { prng, seedVan } from './prng.js';
import { seeds, type Seed } from './seeds.js';
import { elementNames, type Target } from './targets.js';
import { serialise } from './tree.js';
import { agree, verdicts, type Verdicts } from './verdict.js';
import { complexTypes, type SchemaModel } from './xsd-model.js';

export interface Disagreement {
  readonly mutant: Mutant;
  readonly verdicts: Verdicts;
}

export interface KindCount {
  mutants: number;
  valid: number;
}

export interface CorpusResult {
  readonly naam: string;
  readonly derived: boolean;
  readonly seeds: readonly Seed[];
  /** Seeds our schema rejects (the reference accepts every seed by construction). */
  readonly seedsRejectedByOurs: readonly string[];
  readonly mutants: number;
  readonly valid: number;
  readonly invalid: number;
  readonly agreeing: number;
  readonly perKind: ReadonlyMap<MutationKind, KindCount>;
  /** Mutants per `kind/tag`, to check that every kind of change reached this message type. */
  readonly perTag: ReadonlyMap<string, number>;
  /** Coverage the corpus should have and has not (empty when complete). */
  readonly missingCoverage: readonly string[];
  readonly disagreements: readonly Disagreement[];
}

function berichtCode(model: SchemaModel): string {
  const header = model.root.type.kind === 'complex' ? model.root.type.elements.find((e) => e.name === 'Header') : undefined;
  const code = header?.type.kind === 'complex' ? header.type.elements.find((e) => e.name === 'BerichtCode') : undefined;
  const pattern = code?.type.kind === 'simple' ? code.type.patterns.at(-1) : undefined;
  if (!pattern) throw new Error(`no BerichtCode pattern in ${model.messageNs}`);
  return pattern;
}

export function runCorpus(target: Target, all: readonly Target[]): CorpusResult {
  const other = all.find((t) => t.nummer === target.nummer && t.std !== target.std);
  if (!other) throw new Error(`no counterpart of ${target.naam}`);
  const models = all.map((t) => t.model);

  const referenceVerdict = (xml: string): { valid: boolean; lines: number[] } => {
    const v = verdicts(Buffer.from(xml), target.ours, target.reference);
    return { valid: v.reference.length === 0, lines: v.reference.map((f) => f.line ?? 0) };
  };
  const seedList = seeds(target.example, target.model, referenceVerdict);
  const seedsRejectedByOurs = seedList
    .filter((s) => verdicts(Buffer.from(serialise(s.tree).xml), target.ours, target.reference).ours.length > 0)
    .map((s) => s.name);

  const corpus = mutationCorpus(seedList, {
    model: target.model,
    ours: target.oursModel,
    allModels: models,
    prng: prng(seedVan(target.naam)),
    other: other.model,
    namePool: elementNames(models),
    messageNamespaces: models.map((m) => m.messageNs),
    berichtCodes: models.map(berichtCode),
  });

  const perKind = new Map<MutationKind, KindCount>(MUTATION_KINDS.map((k) => [k, { mutants: 0, valid: 0 }]));
  const perTag = new Map<string, number>();
  const disagreements: Disagreement[] = [];
  let valid = 0;
  for (const mutant of corpus) {
    const tag = `${mutant.kind}/${mutant.tag}`;
    perTag.set(tag, (perTag.get(tag) ?? 0) + 1);
    const v = verdicts(Buffer.from(mutant.xml), target.ours, target.reference);
    const referenceValid = v.reference.length === 0;
    const count = perKind.get(mutant.kind)!;
    count.mutants++;
    if (referenceValid) {
      count.valid++;
      valid++;
    }
    if (!agree(v)) disagreements.push({ mutant, verdicts: v });
  }
  return {
    naam: target.naam,
    derived: target.derived,
    seeds: seedList,
    seedsRejectedByOurs,
    mutants: corpus.length,
    valid,
    invalid: corpus.length - valid,
    agreeing: corpus.length - disagreements.length,
    perKind,
    perTag,
    missingCoverage: missingCoverage(target.model, new Set(perTag.keys())),
    disagreements,
  };
}

/**
 * What every message type's corpus must contain: each kind of change, required and optional
 * elements removed, an element repeated beyond maxOccurs 1 (and within, where the message has a
 * list), and the complete value suite for every simple type the message uses.
 */
function missingCoverage(model: SchemaModel, tags: ReadonlySet<string>): string[] {
  const has = (prefix: string): boolean => [...tags].some((t) => t.startsWith(prefix));
  const wanted = [
    'remove/required',
    'remove/optional',
    'duplicate/beyond maxOccurs',
    'reorder/',
    'rename/typo',
    'rename/lower-case first letter|rename/upper case',
    'rename/name from elsewhere in the standard|rename/name of a sibling declaration',
    'insert-unknown/unknown element',
    'insert-unknown/element declared elsewhere',
    'insert-unknown/text',
    'wrong-namespace/message → basisschema namespace',
    'wrong-namespace/basisschema → message namespace',
    'wrong-namespace/whole subtree',
    'value/empty complex element',
    'header-code/BerichtCode',
    'header-code/BerichtVersie',
    'header-code/BerichtSubversie',
    'root-namespace/',
    'serialisation/',
    'attribute/',
  ];
  const types = complexTypes(model);
  if ([...types.values()].some((t) => t.elements.some((e) => e.max > 1))) wanted.push('duplicate/allowed repetition');
  for (const t of types.values()) {
    for (const e of t.elements) {
      // The header's fixed BerichtCode, BerichtVersie and BerichtSubversie have header-code mutants.
      if (e.type.kind === 'simple' && !/^LDT_Bericht(Code|Versie|Subversie) \(/.test(e.type.name)) wanted.push(`value/suite ${e.type.name}`);
    }
  }
  return [...new Set(wanted)].filter((w) => !w.split('|').some(has));
}

/** A disagreement as a reader needs it to find the cause. */
export function describeDisagreement(d: Disagreement): string {
  const { mutant: m, verdicts: v } = d;
  const verdict = (f: Verdicts['ours']): string =>
    f.length === 0 ? 'valid' : `invalid: ${f.slice(0, 2).map((x) => `${x.path} (line ${x.line}): ${x.message}`).join(' | ')}`;
  return [
    `${m.kind} on seed ${m.seed} at ${m.path}: ${m.detail}${m.value === undefined ? '' : ` value ${JSON.stringify(m.value)}`}`,
    `  ours:      ${verdict(v.ours)}`,
    `  reference: ${verdict(v.reference)}`,
  ].join('\n');
}
