import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../electron/core/content/content-check.ts';
import { loadContent } from '../../../electron/core/content/content-loader.ts';
import { localizeSafety } from '../../../electron/core/safety/safety.compile.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { REGIONS, type Region } from '../../../shared/regions.ts';
import { everyPath } from '../../../renderer/flow/rehearsal-walk.ts';
import { copyOfContent, dropLocale, editYaml, REPO_ROOT } from '../../support/temp-dir.ts';

/** Issue 20: practice scam calls as content, and the rules content:check keeps for them. */

const FILE = 'rehearsals/fake-police-hk.yaml';
const TODAY = new Date();
type Decision = { id: string; says?: unknown; redFlag: string; choices: { id: string; safe: boolean; next: string }[] };
type Source = { decisions: Decision[]; endings: { id: string; kind: string; text: unknown }[] };

const errorsIn = (dir: string) => checkContent(dir, TODAY).errors.filter((e) => e.file.startsWith('rehearsals/'));

describe('the practice calls the kiosk ships', () => {
  const bundle = loadContent(join(REPO_ROOT, 'content'));

  it('pass content:check: every way through ends, every language is there, every fact sourced and dated', () => {
    expect(errorsIn(join(REPO_ROOT, 'content'))).toEqual([]);
    for (const call of bundle.rehearsals) {
      expect(call.sources.length, call.id).toBeGreaterThan(0);
      expect(call.lastVerified, call.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('are the four the issue asks for, with the fake police in a Hong Kong and a mainland variant', () => {
    const byId = new Map(bundle.rehearsals.map((r) => [r.id, r]));
    expect(byId.get('fake-police-hk')).toMatchObject({ script: 'fake-police', regions: ['HK'] });
    expect(byId.get('fake-police-cn')).toMatchObject({ script: 'fake-police', regions: ['CN'] });
    expect(byId.get('fake-bank-screen-share')?.decisions.map((d) => d.redFlag)).toContain('share-screen-or-app');
    expect(byId.get('wechat-sextortion')).toMatchObject({ app: 'wechat' });
    // The family call teaches the code word: a choice to ask for it, ending in a hang-up.
    const family = byId.get('family-deepfake-call');
    expect(family?.decisions.flatMap((d) => d.choices).some((c) => c.safe && /code word/i.test(c.label.en))).toBe(true);
  });

  it('each region gets its own police call, and every region gets the others, in every language', () => {
    const ids = (region: Region) => localizeSafety(bundle, region, 'en').rehearsals.map((r) => r.id);
    expect(ids('HK')).toContain('fake-police-hk');
    expect(ids('HK')).not.toContain('fake-police-cn');
    expect(ids('CN')).toContain('fake-police-cn');
    expect(ids('CN')).not.toContain('fake-police-hk');
    for (const region of REGIONS)
      expect(ids(region)).toEqual(expect.arrayContaining(['fake-bank-screen-share', 'wechat-sextortion', 'family-deepfake-call']));
    for (const locale of LOCALES) {
      const [call] = localizeSafety(bundle, 'HK', locale).rehearsals;
      expect(call?.caller, locale).not.toBe('');
    }
  });

  it('every way through every call ends in an ending, safe choices in a hang-up', () => {
    for (const call of localizeSafety(bundle, 'HK', 'en').rehearsals) {
      const paths = everyPath(call);
      expect(paths.length, call.id).toBeGreaterThan(2);
      for (const decision of call.decisions)
        for (const choice of decision.choices.filter((c) => c.safe))
          expect(call.endings.find((e) => e.id === choice.next)?.kind ?? 'a decision', `${call.id} ${choice.id}`).toBe('hung-up');
    }
  });
});

describe('npm run content:check on a practice call', () => {
  it('rejects a dead end: a choice that leads nowhere', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FILE), (f) => {
      (f as unknown as Source).decisions[1]!.choices[0]!.next = 'nowhere';
    });
    expect(errorsIn(dir)).toContainEqual({ file: FILE, path: 'decisions.1.choices.0.next', message: 'no decision or ending "nowhere"' });
  });

  it('rejects a way through that loops back and never ends', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FILE), (f) => {
      const { decisions } = f as unknown as Source;
      const last = decisions.at(-1)!;
      last.choices.find((c) => !c.safe)!.next = decisions[1]!.id;
    });
    expect(errorsIn(dir)).toContainEqual(expect.objectContaining({ file: FILE, message: expect.stringMatching(/loops back to "suspect" and never ends/) }));
  });

  it('rejects a call whose file is not named by its id', () => {
    const dir = copyOfContent();
    renameSync(join(dir, FILE), join(dir, 'rehearsals/police-copy.yaml'));
    expect(errorsIn(dir)).toContainEqual({ file: 'rehearsals/police-copy.yaml', path: 'id', message: 'id "fake-police-hk" must match the file name' });
  });

  it('rejects a missing translation, naming the line', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FILE), (f) => dropLocale((f as unknown as Source).decisions[2]!.says, 'ar'));
    expect(errorsIn(dir)).toContainEqual({ file: FILE, path: 'decisions.2.says', message: 'missing ar' });
  });

  it('rejects a moment with no safe choice, an ending nobody reaches, a line on the ringing screen and an unknown red flag', () => {
    const dir = copyOfContent();
    editYaml(join(dir, FILE), (f) => {
      const call = f as unknown as Source;
      for (const c of call.decisions[3]!.choices) c.safe = false;
      call.endings.push({ id: 'left-over', kind: 'hung-up', text: { en: 'Never shown.' } });
      call.decisions[0]!.says = { en: 'Hello?' };
      call.decisions[0]!.choices[1]!.safe = true;
      call.decisions[2]!.redFlag = 'no-such-flag';
    });
    const errors = errorsIn(dir);
    expect(errors).toContainEqual({ file: FILE, path: 'decisions.3.choices', message: 'no safe choice: the visitor must always be able to hang up' });
    expect(errors).toContainEqual({ file: FILE, path: '', message: '"left-over" can never be reached from the incoming call' });
    expect(errors).toContainEqual({ file: FILE, path: 'decisions.0.says', message: 'the first decision is the incoming call: nobody has said anything yet' });
    expect(errors).toContainEqual({ file: FILE, path: 'decisions.0.choices', message: 'the incoming call has two choices: decline (safe) and answer' });
    expect(errors).toContainEqual({ file: FILE, path: 'decisions.2.redFlag', message: 'no red flag "no-such-flag" in red-flags.yaml' });
  });
});
