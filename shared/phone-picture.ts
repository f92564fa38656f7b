import { z } from 'zod';
import { LOCALES, localeSchema, type Locale } from './locales.ts';

/**
 * The drawn phone picture of a tutorial step, as the page receives it (issue 17, ux audit M2/M3).
 * Content describes a screen (frame, app header, rows, icons, target, gesture), never pixels: the
 * page draws it as vector, offline, themeable and printable (renderer/components/phone/). Every closed
 * list below is one the drawing code draws every member of (a test enumerates them).
 */

/** Id of a phone word in the label dictionary (content/phone-labels/*.yaml): "ios-apps", "wa-privacy". */
export const phoneLabelIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a phone label id is lowercase words joined by hyphens')
  .max(64);
export type PhoneLabelId = z.infer<typeof phoneLabelIdSchema>;

/** The phone drawn around the screen. Derived from the variant (device, platform) unless a screen names one. */
export const PHONE_FRAMES = ['iphone', 'iphone-home', 'pixel', 'samsung'] as const;
export const phoneFrameSchema = z.enum(PHONE_FRAMES);
export type PhoneFrame = z.infer<typeof phoneFrameSchema>;

/** Whose screen it is: the header's look and accent colour (a Settings list, WhatsApp's green bar, WeChat's grey one). */
export const PHONE_APPS = [
  'home',
  'settings',
  'phone',
  'facetime',
  'messages',
  'contacts',
  'whatsapp',
  'wechat',
  'google',
  'meeting',
  'browser',
] as const;
export const phoneAppSchema = z.enum(PHONE_APPS);
export type PhoneApp = z.infer<typeof phoneAppSchema>;

/**
 * What the screen is: a scrolling list under a header (most settings), the home screen with the icon
 * to find, a pop-up menu (after ⋮ or ···), an action sheet from the bottom, a dialog asking to
 * confirm, or a call in progress (stop sharing, end the call).
 */
export const SCREEN_KINDS = ['list', 'home', 'menu', 'sheet', 'dialog', 'call'] as const;
export const screenKindSchema = z.enum(SCREEN_KINDS);
export type ScreenKind = z.infer<typeof screenKindSchema>;

/**
 * Icons the drawing knows: app icons (licence-clean drawings that suggest the app's colour and shape,
 * never a copy of its trademark image), settings-row icons and header controls. Drawn in
 * renderer/components/phone/icons.tsx.
 */
export const PHONE_ICONS = [
  // App icons, for the home screen and for rows that list apps.
  'app-settings',
  'app-phone',
  'app-facetime',
  'app-messages',
  'app-contacts',
  'app-whatsapp',
  'app-wechat',
  'app-google',
  'app-camera',
  'app-photos',
  'app-mail',
  'app-browser',
  'app-maps',
  'app-clock',
  'app-calendar',
  'app-store',
  'app-meeting',
  'app-generic',
  // Settings-row icons.
  'airplane',
  'wifi',
  'bluetooth',
  'mobile-data',
  'notifications',
  'sounds',
  'focus',
  'screen-time',
  'general',
  'accessibility',
  'display',
  'wallpaper',
  'face-id',
  'passcode',
  'sos',
  'privacy',
  'apps',
  'battery',
  'account',
  'person',
  'people',
  'person-add',
  'key',
  'lock',
  'shield',
  'block',
  'report',
  'spam',
  'call',
  'video',
  'voicemail',
  'chat',
  'storage',
  'help',
  'location',
  'qr-code',
  'wallet',
  'search',
  'star',
  'share-screen',
  'end-call',
  'mute',
  'speaker',
  'camera-flip',
  'download',
  'fingerprint',
  'security',
  'check-circle',
  'warning',
  'info',
  'more',
  // Bottom tab bar icons (tab-bars): a phone app's Keypad and Recents, WhatsApp's Updates and Communities, WeChat's Discover.
  'keypad',
  'recents',
  'updates',
  'communities',
  'discover',
] as const;
export const phoneIconSchema = z.enum(PHONE_ICONS);
export type PhoneIcon = z.infer<typeof phoneIconSchema>;

/** Controls in the header bar, drawn at their place on the phone (⋮ top right on Android, (i) beside a number). */
export const PHONE_CONTROLS = [
  'back',
  'more-vertical',
  'more-horizontal',
  'info',
  'plus',
  'search',
  'edit',
  'close',
  'menu',
  'profile',
] as const;
export const phoneControlSchema = z.enum(PHONE_CONTROLS);
export type PhoneControl = z.infer<typeof phoneControlSchema>;

/** A hand movement the step asks for, shown as a short quiet animation (a still arrow under reduced motion and on paper). */
export const PHONE_GESTURES = [
  'scroll-down',
  'scroll-to-bottom',
  'scroll-up',
  'swipe-down-middle',
  'swipe-down-top-right',
  'swipe-up-bottom',
  'swipe-row-left',
  'long-press',
] as const;
export const phoneGestureSchema = z.enum(PHONE_GESTURES);
export type PhoneGesture = z.infer<typeof phoneGestureSchema>;

/**
 * One row. `header` is a section title (not tappable); `detail` is a row's value at the far side
 * ("Off", "Everyone"); a switch shows `value` (its state now) and, on the target, `to` (its state after
 * the visitor's tap): the picture shows before and after.
 */
export const ROW_KINDS = ['link', 'switch', 'button', 'info', 'header', 'check', 'destructive'] as const;
export const rowKindSchema = z.enum(ROW_KINDS);

/** A word of the phone, as the page gets it: the phone's own word in each language where known, its meaning in the visitor's. */
export const phoneWordViewSchema = z.object({
  /** What the phone shows, per phone language; null where not known (never invented). */
  phone: z.partialRecord(localeSchema, z.string().nullable()),
  /** What it means, in the visitor's reading language: a translation, labelled as one, never passed off as the phone's word. */
  meaning: z.string(),
});
export type PhoneWordView = z.infer<typeof phoneWordViewSchema>;

export const screenRowViewSchema = z.object({
  label: phoneLabelIdSchema,
  kind: rowKindSchema,
  icon: phoneIconSchema.optional(),
  detail: phoneLabelIdSchema.optional(),
  value: z.enum(['on', 'off']).optional(),
  to: z.enum(['on', 'off']).optional(),
  /** A button at the row's far side (the (i) beside a number in Recents); a target row with one has the button circled. */
  control: phoneControlSchema.optional(),
  target: z.boolean(),
});
export type ScreenRowView = z.infer<typeof screenRowViewSchema>;

export const screenViewSchema = z.object({
  kind: screenKindSchema,
  app: phoneAppSchema,
  frame: phoneFrameSchema.optional(),
  title: phoneLabelIdSchema.optional(),
  /** The back control's word (iOS shows the previous screen's name); absent: no back control. */
  back: phoneLabelIdSchema.optional(),
  controls: z.array(z.object({ control: phoneControlSchema, target: z.boolean() })),
  rows: z.array(screenRowViewSchema),
  /** Home screen: the app icons shown (the target among them). */
  apps: z.array(z.object({ icon: phoneIconSchema, label: phoneLabelIdSchema, target: z.boolean() })),
  gesture: phoneGestureSchema.optional(),
  /**
   * The bottom tab bar (the Phone app's Recents / Keypad, WhatsApp's Settings, WeChat's Me), in the
   * phone's order; `selected` is the tab showing now, `target` the one to tap. Empty: no tab bar.
   */
  tabs: z
    .array(z.object({ icon: phoneIconSchema, label: phoneLabelIdSchema, target: z.boolean(), selected: z.boolean() }))
    .max(5),
});
export type ScreenView = z.infer<typeof screenViewSchema>;

/** The language the visitor's phone shows its menus in; `unknown` when they do not know (treated as their reading language). */
export const PHONE_LOCALES = [...LOCALES, 'unknown'] as const;
export const phoneLocaleSchema = z.union([localeSchema, z.literal('unknown')]);
export type PhoneLocale = Locale | 'unknown';
