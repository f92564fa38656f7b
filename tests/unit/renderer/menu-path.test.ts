import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MenuPath } from '../../../renderer/print/MenuPath.tsx';
import { parseMenuPath, pathText, type PathStep } from '../../../renderer/print/menu-path.ts';
import { REPO_ROOT } from '../../support/temp-dir.ts';

/** Each step as its runs of words, notes as "(…)" with their own steps joined by " > ". */
const outline = (steps: PathStep[]) =>
  steps.map((s) => s.parts.map((p) => (p.kind === 'text' ? p.text : `${p.open}${pathText(p.steps)}${p.close}`)));

const SILENCE_AR =
  'الإعدادات > Apps > Phone > Screen Unknown Callers > Silence (في iOS 18: الإعدادات > Apps > Phone > Silence Unknown Callers؛ في iOS 13–17: الإعدادات > Phone > Silence Unknown Callers)';

describe('menu paths read into steps', () => {
  it('splits at each top-level ">" and keeps a bracketed note whole beside its step, itself split into steps', () => {
    const steps = parseMenuPath(SILENCE_AR);
    expect(outline(steps)).toEqual([
      ['الإعدادات'],
      ['Apps'],
      ['Phone'],
      ['Screen Unknown Callers'],
      [
        'Silence',
        '(في iOS 18: الإعدادات > Apps > Phone > Silence Unknown Callers؛ في iOS 13–17: الإعدادات > Phone > Silence Unknown Callers)',
      ],
    ]);
    const note = steps[4]?.parts[1];
    expect(note?.kind).toBe('note');
    if (note?.kind !== 'note') return;
    // Inside the note: "في iOS 18" and the Arabic "Settings" are separate runs, so neither borrows the other's direction.
    expect(outline(note.steps)[0]).toEqual(['في iOS 18', 'الإعدادات']);
    expect(outline(note.steps)[3]).toEqual(['Silence Unknown Callers', 'في iOS 13–17', 'الإعدادات']);
  });

  it('keeps a label that is only brackets as the label ("(i)", "[your name]") and full-width notes as notes', () => {
    expect(
      outline(parseMenuPath('Phone > Recents > (i) > Block Caller（iOS 17：阻止此来电号码）> Block Contact')),
    ).toEqual([['Phone'], ['Recents'], ['(i)'], ['Block Caller', '（iOS 17：阻止此来电号码）'], ['Block Contact']]);
    expect(outline(parseMenuPath('Settings > [your name] > Sign-In & Security'))).toEqual([
      ['Settings'],
      ['[your name]'],
      ['Sign-In & Security'],
    ]);
  });

  it('ends a run at a clause mark and prints the mark after it, outside the run', () => {
    const [, , , , step] = parseMenuPath(
      'Phone > Recents > (i) > Block Caller > Block Contact. قائمة المحظورين: الإعدادات > Apps',
    );
    expect(step?.parts).toEqual([
      { kind: 'text', text: 'Block Contact', after: '. ' },
      { kind: 'text', text: 'قائمة المحظورين', after: ': ' },
      { kind: 'text', text: 'الإعدادات', after: '' },
    ]);
    // A web address is one run: its dots are not followed by a space.
    expect(outline(parseMenuPath('Get started (on a computer: myaccount.google.com)'))).toEqual([
      ['Get started', '(on a computer: myaccount.google.com)'],
    ]);
  });

  it('loses and adds nothing: every checklist path in every language reads back as written', () => {
    const dir = join(REPO_ROOT, 'content', 'tutorials');
    let checked = 0;
    for (const file of readdirSync(dir)) {
      const tutorial = parse(readFileSync(join(dir, file), 'utf8')) as { checklist: { path: Record<string, string> } };
      for (const [locale, path] of Object.entries(tutorial.checklist.path)) {
        expect(pathText(parseMenuPath(path)), `${file} ${locale}`).toBe(path.replaceAll(/\s*[>＞]\s*/g, ' > ').trim());
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('<MenuPath>', () => {
  it('isolates every step and run and draws each separator pointing the reading direction', () => {
    const rtl = renderToStaticMarkup(createElement(MenuPath, { path: 'الإعدادات > Apps > Phone', dir: 'rtl' }));
    expect(rtl).toMatch(/^<span class="menu-path" dir="rtl">/);
    expect(
      rtl.match(/<bdi class="menu-path__step" dir="rtl"><bdi class="menu-path__words" dir="auto">[^<]+<\/bdi><\/bdi>/g),
    ).toHaveLength(3);
    expect(rtl.match(/data-points="left"/g)).toHaveLength(2);
    expect(rtl).not.toContain('&gt;');
    const ltr = renderToStaticMarkup(createElement(MenuPath, { path: 'Settings > Apps', dir: 'ltr' }));
    expect(ltr.match(/data-points="right"/g)).toHaveLength(1);
  });
});
