import type { ControlContext } from '../../control/context.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * A message an aanbieder sends must be addressed to a gemeente this installation works for
 * (`eigenGemeenten`). Our own control, not a rule of the standard, and on purpose without a retourcode:
 * WJ001 has no code for "not addressed to us" (S300 says the code is no CBS gemeente, which a
 * misrouted message's code usually is), and a retour from us would answer on behalf of another
 * gemeente. Such a message cannot be answered in the message traffic; the standard's way out is to
 * report it to the sender outside it (OP090x2). So a person looks at it (`onderzoek`): forward it or
 * tell the aanbieder. The finding is on the header: the whole message waits.
 */
function ontvanger(code: string, ctx: ControlContext, element = 'Ontvanger'): RuleFinding[] {
  if (ctx.eigenGemeenten.has(code)) return [];
  return [
    {
      path: `/Bericht/Header/${element}`,
      message: `Het bericht is gericht aan gemeente ${code}, waarvoor deze installatie niet werkt; stuur het door of meld het de aanbieder buiten het berichtenverkeer om.`,
    },
  ];
}

export default defineRule<ControlContext>({
  code: 'HD001',
  level: 'eigen',
  gevolg: 'onderzoek',
  description: 'De Ontvanger van een bericht van een aanbieder is een gemeente waarvoor deze installatie werkt.',
  check: {
    '302': (b, ctx) => ontvanger(b.Header.Ontvanger, ctx),
    '305': (b, ctx) => ontvanger(b.Header.Ontvanger, ctx),
    '307': (b, ctx) => ontvanger(b.Header.Ontvanger, ctx),
    '315': (b, ctx) => ontvanger(b.Header.Ontvanger, ctx),
    '317': (b, ctx) => ontvanger(b.Header.Ontvanger, ctx),
    '320': (b, ctx) => ontvanger(b.Header.Ontvanger, ctx),
    '323': (b, ctx) => ontvanger(b.Header.Ontvanger, ctx),
    // The legacy 303 names its receiver Gemeente.
    '303': (b, ctx) => ontvanger(b.Header.Gemeente, ctx, 'Gemeente'),
  },
});
