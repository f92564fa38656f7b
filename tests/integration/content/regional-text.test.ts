import { describe, expect, it } from 'vitest';
import type { CallResponse } from '../../../shared/api.ts';
import { textForRegion, type RegionalText } from '../../../electron/core/content/source-text.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { REGIONS, type Region } from '../../../shared/regions.ts';
import { call, testKiosk } from '../../support/temp-dir.ts';

type Opened = CallResponse<'openTutorial'>;

/** Everything a visitor (or the volunteer beside them) reads of a tutorial, in one string. */
const allText = (o: Opened) =>
  [
    o.tutorial.summary,
    o.tutorial.why,
    ...(o.tutorial.facilitator ?? []).flatMap((n) => [n.text, n.en]),
    ...o.tutorial.variants.flatMap((v) =>
      v.steps.flatMap((s) => [s.text, s.tip ?? '', ...(s.facilitator ?? []).flatMap((n) => [n.text, n.en])]),
    ),
  ].join('\n');

describe('text that is true only in some regions', () => {
  it('pick the region\'s own text, else the region it inherits, else the default', () => {
    const text: RegionalText = { default: { en: 'anywhere' }, US: { en: 'United States' }, HK: { en: 'Hong Kong' } };
    const parentOf = (r: Region): Region | undefined => (r === 'US-NYC' ? 'US' : undefined);
    expect(textForRegion(text, 'HK', parentOf).en).toBe('Hong Kong');
    expect(textForRegion(text, 'US-NYC', parentOf).en).toBe('United States');
    expect(textForRegion(text, 'UK', parentOf).en).toBe('anywhere');
    expect(textForRegion({ en: 'plain' }, 'HK', parentOf).en).toBe('plain');
  });

  it('never tell a New York visitor about Hong Kong numbers or Tencent Meeting\'s Chinese buttons, in any language', async () => {
    const nyc = testKiosk({ kioskJson: { region: 'US-NYC' } });
    for (const locale of LOCALES) {
      for (const id of ['whatsapp-silence-unknown-callers', 'general-stop-screen-share', 'android-install-unknown-apps']) {
        const text = allText(await call<Opened>(nyc, 'openTutorial', { tutorialId: id, locale }));
        expect(text, `${id} in ${locale}`).not.toMatch(/\+62|\+44|Tencent|腾讯|騰訊|Hong Kong|香港|홍콩|هونغ كونغ|Hồng Kông/);
        // Chinese words inside another language's sentence: Tencent Meeting's buttons (Chinese itself says "stop sharing" so).
        if (!locale.startsWith('zh')) expect(text, `${id} in ${locale}`).not.toMatch(/停止共享|结束共享/);
      }
    }
    nyc.close();
  });

  it("cite the advice of the centre's own police and agencies: no New York visitor reads what Hong Kong police advise, nor a Londoner either's", async () => {
    const hongKong = /Hong Kong|HKCERT|香港|홍콩|هونغ كونغ|Hồng Kông/;
    const unitedStates = /New York|Nueva York|Federal Trade|FTC|紐約|纽约|聯邦貿易|联邦贸易|뉴욕|연방거래|نيويورك|الفيدرالية|Hoa Kỳ|Federal AS|EE\. UU\./;
    const cited = ['general-spot-fake-video-call', 'general-threatened-sextortion', 'whatsapp-privacy-checkup'];
    const whyIn = async (kiosk: ReturnType<typeof testKiosk>, id: string, locale: (typeof LOCALES)[number]) =>
      (await call<Opened>(kiosk, 'openTutorial', { tutorialId: id, locale })).tutorial.why;
    const expectations: Array<{ region: Region; never: RegExp[] }> = [
      { region: 'US-NYC', never: [hongKong] },
      { region: 'HK', never: [unitedStates] },
      { region: 'UK', never: [hongKong, unitedStates] },
      { region: 'CN', never: [hongKong, unitedStates] },
    ];
    for (const { region, never } of expectations) {
      const kiosk = testKiosk({ kioskJson: { region } });
      for (const locale of LOCALES) {
        for (const id of cited) {
          const why = await whyIn(kiosk, id, locale);
          for (const pattern of never) expect(why, `${id} in ${locale}, ${region}`).not.toMatch(pattern);
        }
      }
      kiosk.close();
    }
    // Where the advice is local, it still says whose it is.
    const hk = testKiosk({ kioskJson: { region: 'HK' } });
    expect(await whyIn(hk, 'general-threatened-sextortion', 'zh-Hant')).toContain('香港警方');
    expect(await whyIn(hk, 'whatsapp-privacy-checkup', 'en')).toContain('HKCERT');
    hk.close();
    const nyc = testKiosk({ kioskJson: { region: 'US-NYC' } });
    expect(await whyIn(nyc, 'general-threatened-sextortion', 'es')).toContain('Nueva York');
    expect(await whyIn(nyc, 'general-spot-fake-video-call', 'en')).toContain('Federal Trade Commission');
    nyc.close();
  });

  it('keep the local examples where they are true: Hong Kong and mainland China, Indonesia', async () => {
    const hk = testKiosk({ kioskJson: { region: 'HK' } });
    expect(allText(await call<Opened>(hk, 'openTutorial', { tutorialId: 'whatsapp-silence-unknown-callers', locale: 'zh-Hant' }))).toContain('+62');
    expect(allText(await call<Opened>(hk, 'openTutorial', { tutorialId: 'general-stop-screen-share', locale: 'zh-Hant' }))).toContain('騰訊會議');
    hk.close();
    const cn = testKiosk({ kioskJson: { region: 'CN' } });
    expect(allText(await call<Opened>(cn, 'openTutorial', { tutorialId: 'general-stop-screen-share', locale: 'zh-Hans' }))).toContain('停止共享');
    cn.close();
    const id = testKiosk({ kioskJson: { region: 'ID' } });
    expect(allText(await call<Opened>(id, 'openTutorial', { tutorialId: 'android-install-unknown-apps', locale: 'id' }))).toContain('Di Indonesia');
    id.close();
  });
});

describe("a region's phone numbers", () => {
  it('appear in a tutorial only where the centre is in that region: no visitor is told to call another place\'s police', async () => {
    const kiosks = REGIONS.map((region) => ({ region, kiosk: testKiosk({ kioskJson: { region } }) }));
    // A region's numbers are the phone lines its centres show (getSafetyAdvice); digits only, so "999" is
    // one number in Hong Kong and the UK, and "1-877-FTC-HELP" is not a number to look for in prose.
    const numbersOf = new Map<Region, Set<string>>();
    for (const { region, kiosk } of kiosks) {
      const { hotlines } = await call<CallResponse<'getSafetyAdvice'>>(kiosk, 'getSafetyAdvice', { locale: 'en' });
      numbersOf.set(region, new Set(hotlines.filter((h) => /^\+?[\d -]{3,}$/.test(h.contact)).map((h) => h.contact.replaceAll(/\D/g, ''))));
    }
    const { tutorials } = await call<CallResponse<'listTutorials'>>(kiosks[0]!.kiosk, 'listTutorials', { locale: 'en' });
    for (const { region, kiosk } of kiosks) {
      const own = numbersOf.get(region)!;
      const foreign = [...new Set([...numbersOf.values()].flatMap((s) => [...s]))].filter((n) => !own.has(n));
      for (const locale of LOCALES)
        for (const { id } of tutorials) {
          const text = allText(await call<Opened>(kiosk, 'openTutorial', { tutorialId: id, locale }));
          for (const number of foreign)
            expect(text, `${id} in ${locale}, centre in ${region}: ${number}`).not.toMatch(new RegExp(`(?<![\\d-])${number}(?![\\d-])`));
        }
    }
    for (const { kiosk } of kiosks) kiosk.close();
  });
});
