import { describe, expect, it } from 'vitest';
import { scan } from '../../src/xml/scan.js';
import { lineOf } from '../../src/xml/locate.js';

function events(xml: string): string[] {
  const out: string[] = [];
  scan(xml, { open: (n) => out.push(`<${n}`), text: (t) => out.push(JSON.stringify(t)), close: () => out.push('>') });
  return out;
}

describe('scan', () => {
  it('reports local names, decoded text, CDATA and self-closing elements; skips comments and PIs', () => {
    const xml = '<?xml version="1.0"?><!-- c --><p:a xmlns:p="u" x="1>2"><p:b>&lt;&amp;&#65;&#x42;</p:b><c/><d><![CDATA[<x>]]></d><?pi x?></p:a>';
    expect(events(xml)).toEqual(['<a', '<b', '"<&AB"', '>', '<c', '>', '<d', '"<x>"', '>', '>']);
  });
  it('normalises CRLF inside text', () => {
    expect(events('<a>x\r\ny</a>')).toEqual(['<a', '"x\\ny"', '>']);
  });
});

describe('lineOf', () => {
  const xml = '<Bericht>\n <Clienten>\n  <Client><Bsn>1</Bsn></Client>\n  <Client>\n   <Bsn>2</Bsn>\n  </Client>\n </Clienten>\n</Bericht>';
  it('finds the line of an element path, with or without [1]', () => {
    expect(lineOf(xml, '/Bericht/Clienten/Client[2]/Bsn')).toBe(5);
    expect(lineOf(xml, '/Bericht/Clienten/Client/Bsn')).toBe(3);
    expect(lineOf(xml, '/Bericht/Clienten/Client[3]')).toBeUndefined();
  });
});
