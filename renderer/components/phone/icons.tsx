import type { PhoneControl, PhoneFrame, PhoneIcon } from '../../../shared/phone-picture.ts';
import { GLYPHS, type GlyphName } from './glyphs.tsx';

/** Colours of the phone's icons: CSS variables (phone.css), so a high-contrast theme redraws them all. */
type Tone = 'grey' | 'green' | 'blue' | 'red' | 'orange' | 'indigo' | 'yellow' | 'teal' | 'pink' | 'purple' | 'dark';

interface Look {
  glyph: GlyphName | 'ring';
  tone: Tone;
  /** A white tile with the glyph in colour (Calendar, Photos, Google), instead of a coloured tile with a white glyph. */
  light?: true;
}

/**
 * Every icon the content may name, with the colour the phone gives it (iOS Settings' tiles: orange
 * aeroplane, blue Wi-Fi, grey gear...). A Record over the closed list: an icon added to
 * shared/phone-picture.ts without a drawing here does not compile.
 */
const LOOKS: Record<PhoneIcon, Look> = {
  'app-settings': { glyph: 'gear', tone: 'grey' },
  'app-phone': { glyph: 'handset', tone: 'green' },
  'app-facetime': { glyph: 'video', tone: 'green' },
  'app-messages': { glyph: 'bubble', tone: 'green' },
  'app-contacts': { glyph: 'person', tone: 'grey' },
  'app-whatsapp': { glyph: 'bubbleHandset', tone: 'green' },
  'app-wechat': { glyph: 'twoBubbles', tone: 'green' },
  'app-google': { glyph: 'ring', tone: 'blue', light: true },
  'app-camera': { glyph: 'camera', tone: 'dark' },
  'app-photos': { glyph: 'picture', tone: 'orange', light: true },
  'app-mail': { glyph: 'envelope', tone: 'blue' },
  'app-browser': { glyph: 'globe', tone: 'blue' },
  'app-maps': { glyph: 'map', tone: 'teal' },
  'app-clock': { glyph: 'clock', tone: 'dark' },
  'app-calendar': { glyph: 'calendar', tone: 'red', light: true },
  'app-store': { glyph: 'bag', tone: 'blue' },
  'app-meeting': { glyph: 'video', tone: 'blue' },
  'app-generic': { glyph: 'square', tone: 'grey' },
  airplane: { glyph: 'airplane', tone: 'orange' },
  wifi: { glyph: 'wifi', tone: 'blue' },
  bluetooth: { glyph: 'bluetooth', tone: 'blue' },
  'mobile-data': { glyph: 'antenna', tone: 'green' },
  notifications: { glyph: 'bell', tone: 'red' },
  sounds: { glyph: 'speaker', tone: 'pink' },
  focus: { glyph: 'moon', tone: 'indigo' },
  'screen-time': { glyph: 'hourglass', tone: 'indigo' },
  general: { glyph: 'gear', tone: 'grey' },
  accessibility: { glyph: 'figure', tone: 'blue' },
  display: { glyph: 'sun', tone: 'blue' },
  wallpaper: { glyph: 'picture', tone: 'teal' },
  'face-id': { glyph: 'faceId', tone: 'green' },
  passcode: { glyph: 'keypad', tone: 'red' },
  sos: { glyph: 'sos', tone: 'red' },
  privacy: { glyph: 'hand', tone: 'blue' },
  apps: { glyph: 'grid', tone: 'purple' },
  battery: { glyph: 'battery', tone: 'green' },
  account: { glyph: 'personCircle', tone: 'blue' },
  person: { glyph: 'person', tone: 'grey' },
  people: { glyph: 'people', tone: 'blue' },
  'person-add': { glyph: 'personAdd', tone: 'blue' },
  key: { glyph: 'key', tone: 'grey' },
  lock: { glyph: 'lock', tone: 'blue' },
  shield: { glyph: 'shield', tone: 'blue' },
  block: { glyph: 'block', tone: 'red' },
  report: { glyph: 'flag', tone: 'red' },
  spam: { glyph: 'octagon', tone: 'red' },
  call: { glyph: 'handset', tone: 'green' },
  video: { glyph: 'video', tone: 'green' },
  voicemail: { glyph: 'voicemail', tone: 'grey' },
  chat: { glyph: 'bubble', tone: 'green' },
  storage: { glyph: 'pie', tone: 'grey' },
  help: { glyph: 'question', tone: 'blue' },
  location: { glyph: 'pin', tone: 'blue' },
  'qr-code': { glyph: 'qr', tone: 'dark' },
  wallet: { glyph: 'wallet', tone: 'dark' },
  search: { glyph: 'magnifier', tone: 'grey' },
  star: { glyph: 'star', tone: 'yellow' },
  'share-screen': { glyph: 'shareScreen', tone: 'blue' },
  'end-call': { glyph: 'endCall', tone: 'red' },
  mute: { glyph: 'micOff', tone: 'grey' },
  speaker: { glyph: 'speaker', tone: 'grey' },
  'camera-flip': { glyph: 'cameraFlip', tone: 'grey' },
  download: { glyph: 'download', tone: 'blue' },
  fingerprint: { glyph: 'fingerprint', tone: 'teal' },
  security: { glyph: 'shieldCheck', tone: 'green' },
  'check-circle': { glyph: 'checkCircle', tone: 'green' },
  warning: { glyph: 'warning', tone: 'orange' },
  info: { glyph: 'info', tone: 'blue' },
  more: { glyph: 'dotsHorizontal', tone: 'grey' },
  keypad: { glyph: 'keypad', tone: 'grey' },
  recents: { glyph: 'clock', tone: 'grey' },
  updates: { glyph: 'status', tone: 'green' },
  communities: { glyph: 'people', tone: 'green' },
  discover: { glyph: 'compass', tone: 'green' },
};

/** The header's buttons, by the closed list: the back control is a chevron on iOS, an arrow on Android. */
const CONTROL_GLYPHS: Record<Exclude<PhoneControl, 'back'>, GlyphName> = {
  'more-vertical': 'dotsVertical',
  'more-horizontal': 'dotsHorizontal',
  info: 'info',
  plus: 'plus',
  search: 'magnifier',
  edit: 'pencil',
  close: 'close',
  menu: 'menu',
  profile: 'personCircle',
};

/** Glyphs that point a way: drawn mirrored on a right-to-left phone (phone.css). */
const DIRECTIONAL = new Set<GlyphName | 'ring'>(['chevronBack', 'arrowBack']);

/** Google's four colours around a ring: a hint of the app, not its letter. */
const RING = (
  <g fill="none" strokeWidth="3.4">
    <path d="M19.5 12a7.5 7.5 0 0 0-2.2-5.3" style={{ stroke: 'var(--pi-blue)' }} />
    <path d="M17.3 6.7A7.5 7.5 0 0 0 5.5 8.3" style={{ stroke: 'var(--pi-red)' }} />
    <path d="M5.5 8.3a7.5 7.5 0 0 0 1.2 9" style={{ stroke: 'var(--pi-yellow)' }} />
    <path d="M6.7 17.3a7.5 7.5 0 0 0 12.8-5.3" style={{ stroke: 'var(--pi-green)' }} />
  </g>
);

function glyph(name: GlyphName | 'ring') {
  return name === 'ring' ? RING : GLYPHS[name];
}

/** The tile's shape: iOS's rounded square, Pixel's circle, One UI's squircle. */
function tileShape(frame: PhoneFrame) {
  if (frame === 'pixel') return <circle cx="12" cy="12" r="12" />;
  return <rect width="24" height="24" rx={frame === 'samsung' ? 8 : 5.5} />;
}

/**
 * One icon. `tile`: an app icon, or an iOS / One UI settings icon, the glyph on a coloured tile; plain:
 * Android's settings icons, the glyph alone in the text's colour.
 */
export function PhoneIconDrawing({ icon, frame, tile }: { icon: PhoneIcon; frame: PhoneFrame; tile: boolean }) {
  const look = LOOKS[icon];
  const tone = `var(--pi-${look.tone})`;
  if (!tile)
    return (
      <svg className="phone-icon phone-icon--plain" viewBox="0 0 24 24" aria-hidden="true" data-icon={icon}>
        <g style={look.glyph === 'ring' ? undefined : { color: 'var(--pi-plain)' }}>{glyph(look.glyph)}</g>
      </svg>
    );
  return (
    <svg className="phone-icon phone-icon--tile" viewBox="0 0 24 24" aria-hidden="true" data-icon={icon}>
      <g
        style={{ fill: look.light ? 'var(--pi-light)' : tone, stroke: look.light ? 'var(--phone-row-line)' : 'none' }}
        strokeWidth=".6"
      >
        {tileShape(frame)}
      </g>
      <g
        transform="translate(4.2 4.2) scale(.65)"
        style={{
          color: look.light ? tone : 'var(--pi-tile-ink)',
          ['--pi-tile' as string]: look.light ? 'var(--pi-light)' : tone,
        }}
      >
        {glyph(look.glyph)}
      </g>
    </svg>
  );
}

/** A header or row button: ⋮, ···, (i), +, the back chevron or arrow... */
export function ControlGlyph({ control, system }: { control: PhoneControl; system: 'ios' | 'android' }) {
  const name: GlyphName =
    control === 'back' ? (system === 'ios' ? 'chevronBack' : 'arrowBack') : CONTROL_GLYPHS[control];
  return (
    <svg
      className={`phone-glyph${DIRECTIONAL.has(name) ? ' phone-flip' : ''}`}
      viewBox="0 0 24 24"
      aria-hidden="true"
      data-control={control}
    >
      {GLYPHS[name]}
    </svg>
  );
}

/** A one-path line drawing in a 24-unit box (chevron, tick, arrow): the marks drawn beside rows and switches. */
export function StrokeMark({ className, d, width }: { className: string; d: string; width: number }) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true">
      <path d={d} fill="none" stroke="currentColor" strokeWidth={width} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A chevron at a link row's far side (›), mirrored on a right-to-left phone. */
export function RowChevron() {
  return <StrokeMark className="phone-chevron phone-flip" d="m9 5 7 7-7 7" width={2.4} />;
}

/** The glyph alone, for the round buttons of a call. */
export function CallGlyph({ icon }: { icon: PhoneIcon }) {
  return (
    <svg className="phone-call__glyph" viewBox="0 0 24 24" aria-hidden="true" data-icon={icon}>
      {glyph(LOOKS[icon].glyph)}
    </svg>
  );
}

/** The glyph alone in the text's colour, for a tab of the bottom tab bar (tinted by phone.css when selected). */
export function TabGlyph({ icon }: { icon: PhoneIcon }) {
  return (
    <svg className="phone-tab__glyph" viewBox="0 0 24 24" aria-hidden="true" data-icon={icon}>
      {glyph(LOOKS[icon].glyph)}
    </svg>
  );
}
