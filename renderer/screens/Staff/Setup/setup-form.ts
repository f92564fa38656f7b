import type { z } from 'zod';
import type { ErrorIssue } from '../../../../shared/errors.ts';
import type { Locale } from '../../../../shared/locales.ts';
import type { Region } from '../../../../shared/regions.ts';
import { kioskSettingsSchema, type KioskSettingsInput, type PaperSize } from '../../../../shared/settings-schema.ts';
import { pinSchema } from '../../../../shared/staff.ts';

/**
 * First-run setup's form as staff fill it in: text as typed (numbers too, so "12a" is an error to
 * name rather than a keystroke swallowed), turned into the contract's request and checked with the
 * contract's own schemas, so the page and the core can never disagree about what is valid.
 */
export interface SetupForm {
  centreName: string;
  /** This kiosk's name in reports and exports (reports: tells a centre's kiosks apart). */
  kioskLabel: string;
  region: Region;
  staffLocation: string;
  locales: Locale[];
  defaultLocale: Locale;
  paperSize: PaperSize;
  /** The system name of the chosen printer; '' for the system's default. */
  printer: string;
  warnAfterSeconds: string;
  countdownSeconds: string;
  workingSeconds: string;
  pin: string;
  pinAgain: string;
}
export type SetupField = keyof SetupForm;

/** The fields in the order the screen shows them: the first one wrong is the one focused. */
export const SETUP_FIELDS = [
  'centreName',
  'kioskLabel',
  'region',
  'staffLocation',
  'locales',
  'defaultLocale',
  'paperSize',
  'printer',
  'warnAfterSeconds',
  'countdownSeconds',
  'workingSeconds',
  'pin',
  'pinAgain',
] as const satisfies readonly SetupField[];

/** The contract's defaults (what kiosk.json would give for an empty file), as the form starts. */
const DEFAULTS = kioskSettingsSchema.parse({});

export function defaultSetupForm(): SetupForm {
  return {
    centreName: DEFAULTS.centreName,
    kioskLabel: DEFAULTS.kioskLabel,
    region: DEFAULTS.region,
    staffLocation: DEFAULTS.help.staffLocation ?? '',
    locales: [...DEFAULTS.locales],
    defaultLocale: DEFAULTS.defaultLocale,
    paperSize: DEFAULTS.paperSize,
    printer: DEFAULTS.printer ?? '',
    warnAfterSeconds: String(DEFAULTS.idle.warnAfterSeconds),
    countdownSeconds: String(DEFAULTS.idle.countdownSeconds),
    workingSeconds: String(DEFAULTS.idle.workingSeconds),
    pin: '',
    pinAgain: '',
  };
}

/** An empty box is "not a number" to the schema, never 0 or the default: staff hear it is missing. */
const asNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/** The settings the form asks for, as setupKiosk's request carries them (the chimes keep their defaults). */
export function settingsOf(form: SetupForm): KioskSettingsInput {
  const staffLocation = form.staffLocation.trim();
  return {
    centreName: form.centreName,
    kioskLabel: form.kioskLabel,
    region: form.region,
    locales: form.locales,
    defaultLocale: form.defaultLocale,
    paperSize: form.paperSize,
    ...(form.printer ? { printer: form.printer } : {}),
    idle: {
      warnAfterSeconds: asNumber(form.warnAfterSeconds),
      countdownSeconds: asNumber(form.countdownSeconds),
      workingSeconds: asNumber(form.workingSeconds),
      chime: DEFAULTS.idle.chime,
    },
    help: { ...(staffLocation ? { staffLocation } : {}), chime: DEFAULTS.help.chime },
  };
}

/** What is wrong with a field, in words the screen puts after the field's name. */
export type SetupProblem =
  | { kind: 'empty' }
  | { kind: 'tooLong'; count: number }
  | { kind: 'atLeast'; count: number }
  | { kind: 'atMost'; count: number }
  | { kind: 'wholeNumber' }
  | { kind: 'choose' }
  | { kind: 'oneLanguage' }
  | { kind: 'defaultOffered' }
  | { kind: 'pin' }
  | { kind: 'pinMatch' }
  /** As the core said it: a rule the page did not know of (a newer core), never dropped. */
  | { kind: 'said'; message: string };
export type SetupErrors = Partial<Record<SetupField, SetupProblem>>;

/**
 * The form field an issue's path names: the contract's path inside setupKiosk's request
 * ("settings.idle.warnAfterSeconds", "pin"), or inside the settings alone. Undefined for a path no
 * field shows (the whole request).
 */
export function fieldOfPath(path: string): SetupField | undefined {
  const inner = path.startsWith('settings.') ? path.slice('settings.'.length) : path;
  const [head, second] = inner.split('.');
  if (
    head === 'idle' &&
    (second === 'warnAfterSeconds' || second === 'countdownSeconds' || second === 'workingSeconds')
  )
    return second;
  if (head === 'help' && second === 'staffLocation') return 'staffLocation';
  if (head === 'locales') return 'locales';
  const fields: readonly string[] = SETUP_FIELDS;
  return head !== undefined && second === undefined && fields.includes(head) ? (head as SetupField) : undefined;
}

function problemOf(field: SetupField, issue: z.core.$ZodIssue): SetupProblem {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return { kind: 'oneLanguage' };
      if (issue.origin === 'string') return { kind: 'empty' };
      return { kind: 'atLeast', count: Number(issue.minimum) };
    case 'too_big':
      return issue.origin === 'string'
        ? { kind: 'tooLong', count: Number(issue.maximum) }
        : { kind: 'atMost', count: Number(issue.maximum) };
    case 'invalid_type':
      return field.endsWith('Seconds') ? { kind: 'wholeNumber' } : { kind: 'choose' };
    case 'invalid_value':
      return { kind: 'choose' };
    case 'invalid_format':
      return field === 'pin' ? { kind: 'pin' } : { kind: 'said', message: issue.message };
    case 'custom':
      return field === 'defaultLocale' ? { kind: 'defaultOffered' } : { kind: 'said', message: issue.message };
    // Rules no setup field has (the form never sends an unknown key, a map or a union): said as zod says them.
    case 'unrecognized_keys':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
      return { kind: 'said', message: issue.message };
  }
}

/** Every field that is wrong, by the contract's schemas; the first issue of a field is the one shown. */
export function checkSetup(form: SetupForm): SetupErrors {
  const errors: SetupErrors = {};
  const note = (field: SetupField | undefined, problem: SetupProblem) => {
    if (field && !errors[field]) errors[field] = problem;
  };
  const settings = kioskSettingsSchema.safeParse(settingsOf(form));
  if (!settings.success)
    for (const issue of settings.error.issues) {
      const field = fieldOfPath(issue.path.map(String).join('.'));
      if (field) note(field, problemOf(field, issue));
    }
  // The schema's own rule (its refine), said here too: zod checks it only once every field is valid,
  // and staff should hear of every wrong field at once, not one after another.
  if (!form.locales.includes(form.defaultLocale)) note('defaultLocale', { kind: 'defaultOffered' });
  if (!pinSchema.safeParse(form.pin).success) note('pin', { kind: 'pin' });
  else if (form.pinAgain !== form.pin) note('pinAgain', { kind: 'pinMatch' });
  return errors;
}

/**
 * The core's `invalid_request` issues as field errors. The core re-checks with the same schemas, so
 * this only happens when page and core differ (an older page, a newer core): its words are kept.
 * Issues no field shows are returned apart, to be said above the button.
 */
export function errorsFromCore(issues: readonly ErrorIssue[]): { errors: SetupErrors; other: string[] } {
  const errors: SetupErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (field === undefined) other.push(`${issue.path}: ${issue.message}`);
    else errors[field] ??= { kind: 'said', message: issue.message };
  }
  return { errors, other };
}

/** The first field (in screen order) that has an error: the one to focus. */
export function firstWrong(errors: SetupErrors): SetupField | undefined {
  return SETUP_FIELDS.find((field) => errors[field] !== undefined);
}
