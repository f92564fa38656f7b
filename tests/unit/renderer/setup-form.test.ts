import { describe, expect, it } from 'vitest';
import {
  checkSetup,
  defaultSetupForm,
  errorsFromCore,
  fieldOfPath,
  firstWrong,
  settingsOf,
} from '../../../renderer/screens/Staff/Setup/setup-form.ts';
import { kioskApi } from '../../../shared/api.ts';
import { kioskSettingsSchema } from '../../../shared/settings-schema.ts';

/**
 * First-run setup's form against the contract: its defaults are the schema's, what it sends is what
 * setupKiosk accepts, and every issue the schemas (the page's or the core's) raise lands on a field.
 */
describe("the setup form, against the contract's schemas", () => {
  it("starts from the schema's defaults, and sends exactly them when nothing but the PIN is filled in", () => {
    const form = { ...defaultSetupForm(), pin: '5071', pinAgain: '5071' };
    expect(checkSetup(form)).toEqual({});
    const request = kioskApi.setupKiosk.request.parse({ settings: settingsOf(form), pin: form.pin });
    expect(request.settings).toEqual(kioskSettingsSchema.parse({}));
  });

  it('names the wrong fields in screen order; an empty number box is not a number, never the default', () => {
    const errors = checkSetup({
      ...defaultSetupForm(),
      centreName: 'x'.repeat(81),
      workingSeconds: '',
      countdownSeconds: '301',
      locales: [],
      pin: '5071',
      pinAgain: '',
    });
    expect(errors).toEqual({
      centreName: { kind: 'tooLong', count: 80 },
      locales: { kind: 'oneLanguage' },
      defaultLocale: { kind: 'defaultOffered' },
      countdownSeconds: { kind: 'atMost', count: 300 },
      workingSeconds: { kind: 'wholeNumber' },
      pinAgain: { kind: 'pinMatch' },
    });
    expect(firstWrong(errors)).toBe('centreName');
    // The kiosk's name in reports is trimmed by the schema: spaces alone are an empty name.
    expect(checkSetup({ ...defaultSetupForm(), kioskLabel: '   ', pin: '5071', pinAgain: '5071' })).toEqual({
      kioskLabel: { kind: 'empty' },
    });
    expect(checkSetup({ ...defaultSetupForm(), warnAfterSeconds: '90.5', pin: '12345678a' })).toEqual({
      warnAfterSeconds: { kind: 'wholeNumber' },
      pin: { kind: 'pin' },
    });
  });

  it("puts the core's issues on their fields, in the core's words, and keeps the ones no field shows", () => {
    expect(fieldOfPath('settings.idle.countdownSeconds')).toBe('countdownSeconds');
    expect(fieldOfPath('settings.help.staffLocation')).toBe('staffLocation');
    expect(fieldOfPath('settings.kioskLabel')).toBe('kioskLabel');
    expect(fieldOfPath('settings.locales.2')).toBe('locales');
    expect(fieldOfPath('pin')).toBe('pin');
    expect(fieldOfPath('settings')).toBeUndefined();
    expect(
      errorsFromCore([
        { path: 'settings.centreName', message: 'Too small' },
        { path: 'settings', message: 'Unrecognized key: "printr"' },
      ]),
    ).toEqual({
      errors: { centreName: { kind: 'said', message: 'Too small' } },
      other: ['settings: Unrecognized key: "printr"'],
    });
  });
});
