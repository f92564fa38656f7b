import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { UI_STRINGS } from '../../../renderer/i18n/i18n.ts';
import { pseudoMessage, pseudoTable } from '../../../renderer/i18n/pseudo.ts';
import { flattenUiTable } from '../../support/ui-table.ts';

describe('the pseudo-locale', () => {
  it('accents and lengthens the words, and leaves ICU arguments and plurals working', () => {
    const step = pseudoMessage('Step {current} of {total}');
    expect(step).toMatch(/^⟦Šťéþ \{current\} öƒ \{total\}·+⟧$/);
    expect(new IntlMessageFormat(step, 'en').format({ current: 2, total: 5 })).toContain('2');
    const plural = pseudoMessage(
      '{seconds, plural, one {Starting again in # second.} other {Starting again in # seconds.}}',
    );
    expect(new IntlMessageFormat(plural, 'en').format({ seconds: 9 })).toMatch(/Šťářťíñğ áğáíñ íñ 9 šéçöñďš/);
  });

  it('turns every English UI string into a valid, longer message', () => {
    const flat = (t: Record<string, unknown>): string[] => Object.values(flattenUiTable(t));
    const english = flat(UI_STRINGS.en);
    const pseudo = flat(pseudoTable(UI_STRINGS.en));
    expect(pseudo).toHaveLength(english.length);
    pseudo.forEach((message, i) => {
      expect(message.length).toBeGreaterThan(english[i]!.length);
      expect(() => new IntlMessageFormat(message, 'en')).not.toThrow();
    });
  });
});
