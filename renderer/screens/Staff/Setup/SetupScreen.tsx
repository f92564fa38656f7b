import { useEffect, useRef, useState } from 'react';
import type { CallResponse } from '../../../../shared/api.ts';
import { KioskError } from '../../../../shared/errors.ts';
import { LOCALE_INFO, LOCALES } from '../../../../shared/locales.ts';
import { REGIONS } from '../../../../shared/regions.ts';
import { PAPER_SIZES } from '../../../../shared/settings-schema.ts';
import { useKiosk } from '../../../api/kiosk-context.tsx';
import { BigButton } from '../../../components/BigButton.tsx';
import { ScreenHeading } from '../../../components/ScreenHeading.tsx';
import { STAFF_LANG, useStaffText } from '../../../staff/staff-text.ts';
import { PrinterChoice } from './PrinterChoice.tsx';
import { SecondsField } from './SecondsField.tsx';
import { Choice, ChoiceGroup, controlId, describedBy, TextField } from './SetupFields.tsx';
import {
  checkSetup,
  defaultSetupForm,
  errorsFromCore,
  firstWrong,
  settingsOf,
  type SetupErrors,
  type SetupForm,
} from './setup-form.ts';

type Outcome = { kind: 'failed' } | { kind: 'alreadySetUp' } | { kind: 'other'; lines: string[] } | null;

/**
 * First-run setup: the centre's settings and the staff PIN, on one screen in English, every control
 * usable by touch. "Finish setup" checks the form with the contract's schemas first and names each
 * wrong field beside it ("Centre name: must not be empty"), focusing the first; the core checks again,
 * and its `invalid_request` comes back the same way. The PIN is never shown, logged or kept here
 * beyond the request.
 */
export function SetupScreen({
  onSetUp,
  onCancel,
}: {
  onSetUp: (answer: CallResponse<'setupKiosk'>) => void;
  onCancel: () => void;
}) {
  const t = useStaffText();
  const api = useKiosk();
  const [form, setForm] = useState<SetupForm>(defaultSetupForm);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  // Bumped on each "Finish setup" that finds errors: the first wrong field is focused after drawing.
  const [focusRequest, setFocusRequest] = useState(0);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  useEffect(() => {
    if (focusRequest === 0) return;
    const field = firstWrong(errors);
    if (field) document.getElementById(controlId(field))?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus follows a request, not every edit
  }, [focusRequest]);

  const set = <K extends keyof SetupForm>(key: K, value: SetupForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
  };
  const showErrors = (found: SetupErrors) => {
    setErrors(found);
    setFocusRequest((n) => n + 1);
  };

  const finish = () => {
    if (busy) return;
    setOutcome(null);
    const found = checkSetup(form);
    if (firstWrong(found)) return showErrors(found);
    setErrors({});
    setBusy(true);
    api.setupKiosk({ settings: settingsOf(form), pin: form.pin }).then(
      (answer) => live.current && onSetUp(answer),
      (error: unknown) => {
        if (!live.current) return;
        setBusy(false);
        if (error instanceof KioskError && error.code === 'invalid_request') {
          const fromCore = errorsFromCore(error.issues ?? []);
          if (fromCore.other.length > 0) setOutcome({ kind: 'other', lines: fromCore.other });
          showErrors(fromCore.errors);
        } else if (error instanceof KioskError && error.code === 'forbidden') setOutcome({ kind: 'alreadySetUp' });
        else setOutcome({ kind: 'failed' });
      },
    );
  };

  const count = Object.keys(errors).length;
  const toggleLocale = (code: (typeof LOCALES)[number], on: boolean) =>
    set(
      'locales',
      LOCALES.filter((l) => (l === code ? on : form.locales.includes(l))),
    );

  return (
    <main className="screen staff setup" {...STAFF_LANG}>
      <ScreenHeading>{t('staff.setup.title')}</ScreenHeading>
      <p className="setup__intro">{t('staff.setup.intro')}</p>
      <form
        className="setup__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          finish();
        }}
      >
        <section className="setup__section" aria-labelledby="setup-section-centre">
          <h2 id="setup-section-centre" className="setup__heading">
            {t('staff.setup.centre')}
          </h2>
          <TextField
            field="centreName"
            label={t('staff.setup.centreName')}
            hint={t('staff.setup.centreNameHint')}
            problem={errors.centreName}
          >
            <input
              id={controlId('centreName')}
              className="setup__input"
              type="text"
              autoComplete="off"
              value={form.centreName}
              onChange={(e) => set('centreName', e.target.value)}
              {...describedBy('centreName', true, errors.centreName)}
            />
          </TextField>
          <TextField
            field="kioskLabel"
            label={t('staff.setup.kioskLabel')}
            hint={t('staff.setup.kioskLabelHint')}
            problem={errors.kioskLabel}
          >
            <input
              id={controlId('kioskLabel')}
              className="setup__input"
              type="text"
              autoComplete="off"
              value={form.kioskLabel}
              onChange={(e) => set('kioskLabel', e.target.value)}
              {...describedBy('kioskLabel', true, errors.kioskLabel)}
            />
          </TextField>
          <ChoiceGroup
            field="region"
            label={t('staff.setup.region')}
            hint={t('staff.setup.regionHint')}
            problem={errors.region}
          >
            {REGIONS.map((region, i) => (
              <Choice
                key={region}
                id={i === 0 ? controlId('region') : undefined}
                type="radio"
                name="region"
                checked={form.region === region}
                onChange={() => set('region', region)}
              >
                {t(`staff.setup.regions.${region}`)}
              </Choice>
            ))}
          </ChoiceGroup>
          <TextField
            field="staffLocation"
            label={t('staff.setup.staffLocation')}
            hint={t('staff.setup.staffLocationHint')}
            problem={errors.staffLocation}
          >
            <input
              id={controlId('staffLocation')}
              className="setup__input"
              type="text"
              autoComplete="off"
              value={form.staffLocation}
              onChange={(e) => set('staffLocation', e.target.value)}
              {...describedBy('staffLocation', true, errors.staffLocation)}
            />
          </TextField>
        </section>

        <section className="setup__section" aria-labelledby="setup-section-languages">
          <h2 id="setup-section-languages" className="setup__heading">
            {t('staff.setup.languages')}
          </h2>
          <ChoiceGroup field="locales" label={t('staff.setup.locales')} problem={errors.locales}>
            {LOCALES.map((code, i) => (
              <Choice
                key={code}
                id={i === 0 ? controlId('locales') : undefined}
                type="checkbox"
                name="locales"
                checked={form.locales.includes(code)}
                onChange={(on) => toggleLocale(code, on)}
                lang={LOCALE_INFO[code].htmlLang}
              >
                {LOCALE_INFO[code].nativeName}
              </Choice>
            ))}
          </ChoiceGroup>
          <ChoiceGroup field="defaultLocale" label={t('staff.setup.defaultLocale')} problem={errors.defaultLocale}>
            {LOCALES.map((code, i) => (
              <Choice
                key={code}
                id={i === 0 ? controlId('defaultLocale') : undefined}
                type="radio"
                name="defaultLocale"
                checked={form.defaultLocale === code}
                onChange={() => set('defaultLocale', code)}
                lang={LOCALE_INFO[code].htmlLang}
              >
                {LOCALE_INFO[code].nativeName}
              </Choice>
            ))}
          </ChoiceGroup>
        </section>

        <section className="setup__section" aria-labelledby="setup-section-printing">
          <h2 id="setup-section-printing" className="setup__heading">
            {t('staff.setup.printing')}
          </h2>
          <ChoiceGroup field="paperSize" label={t('staff.setup.paperSize')} problem={errors.paperSize}>
            {PAPER_SIZES.map((size, i) => (
              <Choice
                key={size}
                id={i === 0 ? controlId('paperSize') : undefined}
                type="radio"
                name="paperSize"
                checked={form.paperSize === size}
                onChange={() => set('paperSize', size)}
              >
                {size}
              </Choice>
            ))}
          </ChoiceGroup>
          <PrinterChoice value={form.printer} problem={errors.printer} onChange={(p) => set('printer', p)} />
        </section>

        <section className="setup__section" aria-labelledby="setup-section-timings">
          <h2 id="setup-section-timings" className="setup__heading">
            {t('staff.setup.timings')}
          </h2>
          <p className="setup__hint">{t('staff.setup.timingsHint')}</p>
          <SecondsField
            field="warnAfterSeconds"
            label={t('staff.setup.warnAfterSeconds')}
            value={form.warnAfterSeconds}
            step={30}
            problem={errors.warnAfterSeconds}
            onChange={(v) => set('warnAfterSeconds', v)}
          />
          <SecondsField
            field="countdownSeconds"
            label={t('staff.setup.countdownSeconds')}
            value={form.countdownSeconds}
            step={5}
            problem={errors.countdownSeconds}
            onChange={(v) => set('countdownSeconds', v)}
          />
          <SecondsField
            field="workingSeconds"
            label={t('staff.setup.workingSeconds')}
            value={form.workingSeconds}
            step={60}
            problem={errors.workingSeconds}
            onChange={(v) => set('workingSeconds', v)}
          />
        </section>

        <section className="setup__section" aria-labelledby="setup-section-pin">
          <h2 id="setup-section-pin" className="setup__heading">
            {t('staff.setup.pinSection')}
          </h2>
          <TextField field="pin" label={t('staff.setup.pin')} hint={t('staff.setup.pinHint')} problem={errors.pin}>
            <input
              id={controlId('pin')}
              className="setup__input setup__input--pin"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={form.pin}
              onChange={(e) => set('pin', e.target.value)}
              {...describedBy('pin', true, errors.pin)}
            />
          </TextField>
          <TextField field="pinAgain" label={t('staff.setup.pinAgain')} problem={errors.pinAgain}>
            <input
              id={controlId('pinAgain')}
              className="setup__input setup__input--pin"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              maxLength={8}
              value={form.pinAgain}
              onChange={(e) => set('pinAgain', e.target.value)}
              {...describedBy('pinAgain', false, errors.pinAgain)}
            />
          </TextField>
        </section>

        <div className="setup__outcome" role="status">
          {count > 0 && <p>{t('staff.setup.errorsSummary', { count })}</p>}
          {outcome?.kind === 'failed' && <p>{t('staff.setup.failed')}</p>}
          {outcome?.kind === 'alreadySetUp' && <p>{t('staff.setup.alreadySetUp')}</p>}
          {outcome?.kind === 'other' && outcome.lines.map((line) => <p key={line}>{line}</p>)}
        </div>
        <nav className="step-nav">
          <BigButton variant="secondary" className="step-nav__back" onClick={onCancel}>
            {t('staff.setup.cancel')}
          </BigButton>
          <BigButton type="submit" className="step-nav__next" disabled={busy}>
            {busy ? t('staff.setup.busy') : t('staff.setup.finish')}
          </BigButton>
        </nav>
      </form>
    </main>
  );
}
