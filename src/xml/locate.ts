/**
 * From an element path (`/Bericht/Declaratie/Clienten/Client[2]/Bsn`) to the line it starts on.
 * Only used for messages that have findings, so it may scan the text again.
 */
import { scan } from './scan.js';

const normalise = (p: string): string =>
  p
    .split('/')
    .filter(Boolean)
    .map((seg) => (seg.includes('[') ? seg : `${seg}[1]`))
    .join('/');

export function lineOf(xml: string, elementPath: string): number | undefined {
  const target = normalise(elementPath);
  const stack: { path: string; counts: Map<string, number> }[] = [{ path: '', counts: new Map() }];
  let found: number | undefined;
  try {
    scan(xml, {
      open(name, offset) {
        const parent = stack[stack.length - 1]!;
        const n = (parent.counts.get(name) ?? 0) + 1;
        parent.counts.set(name, n);
        const path = parent.path ? `${parent.path}/${name}[${n}]` : `${name}[${n}]`;
        if (path === target) {
          found = offset;
          throw FOUND;
        }
        stack.push({ path, counts: new Map() });
      },
      text() {},
      close() {
        stack.pop();
      },
    });
  } catch (e) {
    if (e !== FOUND) throw e;
  }
  if (found === undefined) return undefined;
  let line = 1;
  for (let i = xml.indexOf('\n'); i !== -1 && i < found; i = xml.indexOf('\n', i + 1)) line++;
  return line;
}

const FOUND = Symbol('found');
