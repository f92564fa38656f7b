import type { ReactElement } from 'react';

/**
 * The shapes inside the phone's icons, each on a 24 x 24 grid in `currentColor`, so one drawing
 * serves a white glyph on an iOS tile, a grey Android icon and every theme. Drawn here from circles,
 * lines and simple paths: suggestions of what the phone shows, never a copy of a company's mark.
 */
const S = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

const spokes = (r1: number, r2: number, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const a = (i * 2 * Math.PI) / n;
    const p = (r: number) => `${(12 + r * Math.cos(a)).toFixed(2)} ${(12 + r * Math.sin(a)).toFixed(2)}`;
    return `M${p(r1)}L${p(r2)}`;
  }).join('');

export const GLYPHS = {
  gear: (
    <g {...S}>
      <circle cx="12" cy="12" r="6.5" />
      <circle cx="12" cy="12" r="2.5" />
      <path d={spokes(6.5, 9.5, 8)} strokeWidth={2.6} />
    </g>
  ),
  handset: (
    <path
      fill="currentColor"
      d="M6 3.5h2.6l1.6 4.2-2.1 1.6a11.5 11.5 0 0 0 6.6 6.6l1.6-2.1 4.2 1.6V18a2.5 2.5 0 0 1-2.5 2.5A15.5 15.5 0 0 1 3.5 6 2.5 2.5 0 0 1 6 3.5z"
    />
  ),
  endCall: (
    <path
      fill="currentColor"
      d="M2.5 13.6c5.3-4.6 13.7-4.6 19 0l-.4 2.9-4.2-.9-.6-2.6a13 13 0 0 0-8.6 0l-.6 2.6-4.2.9z"
    />
  ),
  video: (
    <g fill="currentColor">
      <rect x="2.5" y="6.5" width="13" height="11" rx="2.5" />
      <path d="M16.5 10.5 21.5 7v10l-5-3.5z" />
    </g>
  ),
  bubble: (
    <path
      fill="currentColor"
      d="M12 3.5c-5.2 0-9.3 3.5-9.3 7.9 0 2.4 1.2 4.5 3.2 6L5 21l4.3-2.3c.9.2 1.8.3 2.7.3 5.2 0 9.3-3.5 9.3-7.8S17.2 3.5 12 3.5z"
    />
  ),
  bubbleHandset: (
    <g>
      <path {...S} strokeWidth={1.8} d="M12 3a9 9 0 0 0-7.8 13.5L3 21l4.7-1.2A9 9 0 1 0 12 3z" />
      <path
        fill="currentColor"
        d="M9 7.5h1.2l.8 2-1 .8a5.5 5.5 0 0 0 3.2 3.2l.8-1 2 .8V15a1.2 1.2 0 0 1-1.2 1.2A7.5 7.5 0 0 1 7.8 8.7 1.2 1.2 0 0 1 9 7.5z"
      />
    </g>
  ),
  twoBubbles: (
    <g fill="currentColor">
      <ellipse cx="9.5" cy="9.5" rx="7" ry="5.8" />
      <path d="M5 13.5 4 17l4-2z" />
      <ellipse cx="15.8" cy="14.8" rx="5.8" ry="4.8" style={{ stroke: 'var(--pi-tile, #1aad19)' }} strokeWidth="1.2" />
      <path d="M19.5 17.5 20.5 20.5 17 18.8z" />
    </g>
  ),
  person: (
    <g fill="currentColor">
      <circle cx="12" cy="8" r="4" />
      <path d="M4 20.5c0-4.2 3.6-6.7 8-6.7s8 2.5 8 6.7z" />
    </g>
  ),
  personCircle: (
    <g>
      <circle cx="12" cy="12" r="9.5" {...S} strokeWidth={1.8} />
      <circle cx="12" cy="9.5" r="3.2" fill="currentColor" />
      <path d="M6.3 18c1.2-2.4 3.3-3.5 5.7-3.5s4.5 1.1 5.7 3.5" {...S} strokeWidth={1.8} />
    </g>
  ),
  people: (
    <g fill="currentColor">
      <circle cx="9" cy="8.5" r="3.5" />
      <path d="M2.5 20c0-3.8 2.9-6 6.5-6s6.5 2.2 6.5 6z" />
      <circle cx="16.5" cy="7.5" r="3" opacity=".75" />
      <path d="M16.5 12.5c3 0 5.5 1.9 5.5 5.5h-5a8 8 0 0 0-2.7-5.1c.7-.3 1.4-.4 2.2-.4z" opacity=".75" />
    </g>
  ),
  personAdd: (
    <g>
      <circle cx="9" cy="8" r="3.8" fill="currentColor" />
      <path d="M2 20.5c0-4 3.1-6.5 7-6.5s7 2.5 7 6.5z" fill="currentColor" />
      <path d="M19 7v6M16 10h6" {...S} />
    </g>
  ),
  camera: (
    <g>
      <path
        fill="currentColor"
        d="M8.5 5h7l1.5 2.5H20a1.5 1.5 0 0 1 1.5 1.5v9.5A1.5 1.5 0 0 1 20 20H4a1.5 1.5 0 0 1-1.5-1.5V9A1.5 1.5 0 0 1 4 7.5h3z"
      />
      <circle
        cx="12"
        cy="13.5"
        r="4"
        fill="none"
        style={{ stroke: 'var(--pi-tile-ink, #fff)' }}
        strokeWidth="1.8"
        opacity=".9"
      />
    </g>
  ),
  cameraFlip: (
    <g>
      <path
        fill="currentColor"
        d="M8.5 5h7l1.5 2.5H20a1.5 1.5 0 0 1 1.5 1.5v9.5A1.5 1.5 0 0 1 20 20H4a1.5 1.5 0 0 1-1.5-1.5V9A1.5 1.5 0 0 1 4 7.5h3z"
      />
      <path
        d="M8.5 13a3.5 3.5 0 0 1 6.3-2M15.5 14a3.5 3.5 0 0 1-6.3 2"
        fill="none"
        style={{ stroke: 'var(--pi-call-bg, #000)' }}
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </g>
  ),
  picture: (
    <g>
      <rect x="3" y="4.5" width="18" height="15" rx="2.5" {...S} />
      <circle cx="8.5" cy="9.5" r="1.8" fill="currentColor" />
      <path d="M3.5 17.5 9 12.5l3.5 3 3-2.5 5 4.5" {...S} />
    </g>
  ),
  envelope: (
    <g {...S}>
      <rect x="3" y="5.5" width="18" height="13" rx="2" />
      <path d="m3.5 6.5 8.5 6.5 8.5-6.5" />
    </g>
  ),
  globe: (
    <g {...S}>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.6 2.7 3.8 5.7 3.8 9s-1.2 6.3-3.8 9c-2.6-2.7-3.8-5.7-3.8-9S9.4 5.7 12 3z" />
    </g>
  ),
  map: (
    <g>
      <path {...S} d="M3.5 6.5 9 4.5l6 2 5.5-2v13l-5.5 2-6-2-5.5 2z" />
      <path {...S} d="M9 4.5v13M15 6.5v13" strokeWidth={1.5} />
    </g>
  ),
  clock: (
    <g {...S}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2" />
    </g>
  ),
  calendar: (
    <g>
      <rect x="3.5" y="5" width="17" height="15.5" rx="2.5" {...S} />
      <path d="M3.5 9.5h17M8 3v4M16 3v4" {...S} />
      <g fill="currentColor">
        <circle cx="8" cy="13.5" r="1.2" />
        <circle cx="12" cy="13.5" r="1.2" />
        <circle cx="16" cy="13.5" r="1.2" />
        <circle cx="8" cy="17" r="1.2" />
        <circle cx="12" cy="17" r="1.2" />
      </g>
    </g>
  ),
  bag: (
    <g {...S}>
      <path d="M5 8.5h14l-1 12H6z" />
      <path d="M9 8.5V7a3 3 0 0 1 6 0v1.5" />
    </g>
  ),
  square: <rect x="5.5" y="5.5" width="13" height="13" rx="3.5" {...S} />,
  airplane: (
    <path
      fill="currentColor"
      d="M21 15.5v-2l-8-4.8V4a1.5 1.5 0 0 0-3 0v4.7l-8 4.8v2l8-2.4V18l-2.2 1.6V21l3.7-1.1 3.7 1.1v-1.4L13 18v-4.9z"
    />
  ),
  wifi: (
    <g {...S}>
      <path d="M2.5 9a13.5 13.5 0 0 1 19 0M5.8 12.4a9 9 0 0 1 12.4 0M9 15.7a4.3 4.3 0 0 1 6 0" />
      <circle cx="12" cy="19" r="1.3" fill="currentColor" stroke="none" />
    </g>
  ),
  bluetooth: <path {...S} d="m7 7.5 10 9-5 4.5v-18l5 4.5-10 9" />,
  antenna: (
    <g {...S}>
      <path d="M12 11v10" />
      <circle cx="12" cy="9" r="1.6" fill="currentColor" />
      <path d="M8 5.5a5 5 0 0 0 0 7M16 5.5a5 5 0 0 1 0 7M5 3a9 9 0 0 0 0 12M19 3a9 9 0 0 1 0 12" strokeWidth={1.7} />
    </g>
  ),
  bell: (
    <g fill="currentColor">
      <path d="M12 3a6 6 0 0 0-6 6v4.5L4 17h16l-2-3.5V9a6 6 0 0 0-6-6z" />
      <path d="M9.5 18.5h5a2.5 2.5 0 0 1-5 0z" />
    </g>
  ),
  speaker: (
    <g>
      <path fill="currentColor" d="M3.5 9.5h3.5l5-4v13l-5-4H3.5z" />
      <path {...S} d="M15.5 9a4.2 4.2 0 0 1 0 6M18.2 6.5a8 8 0 0 1 0 11" />
    </g>
  ),
  moon: <path fill="currentColor" d="M15.5 3.5a8.5 8.5 0 1 0 5 14.5 7.5 7.5 0 0 1-5-14.5z" />,
  hourglass: (
    <g {...S}>
      <path d="M6.5 3.5h11M6.5 20.5h11" />
      <path d="M7.5 3.5c0 5 9 5 9 8.5s-9 3.5-9 8.5M16.5 3.5c0 5-9 5-9 8.5s9 3.5 9 8.5" />
    </g>
  ),
  figure: (
    <g>
      <circle cx="12" cy="4.8" r="2" fill="currentColor" />
      <path {...S} d="M4.5 8.5 12 10l7.5-1.5M12 10v4.5l-3 6.5M12 14.5l3 6.5" />
    </g>
  ),
  sun: (
    <g {...S}>
      <circle cx="12" cy="12" r="4" />
      <path d={spokes(6.8, 9.3, 8)} />
    </g>
  ),
  faceId: (
    <g {...S}>
      <path d="M3.5 8V5.5a2 2 0 0 1 2-2H8M16 3.5h2.5a2 2 0 0 1 2 2V8M20.5 16v2.5a2 2 0 0 1-2 2H16M8 20.5H5.5a2 2 0 0 1-2-2V16" />
      <path d="M8.5 9v1.5M15.5 9v1.5M12 9v4h-1M9 16a4.5 4.5 0 0 0 6 0" />
    </g>
  ),
  keypad: (
    <g fill="currentColor">
      {[6.5, 12, 17.5].flatMap((y) => [6.5, 12, 17.5].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.9" />))}
    </g>
  ),
  sos: (
    <text
      x="12"
      y="15.6"
      textAnchor="middle"
      fill="currentColor"
      fontSize="9.5"
      fontWeight="700"
      fontFamily="'Noto Sans', sans-serif"
    >
      {'SOS'}
    </text>
  ),
  hand: (
    <path
      fill="currentColor"
      d="M8 11V5.5a1.3 1.3 0 0 1 2.6 0V10h.6V4a1.3 1.3 0 0 1 2.6 0v6h.6V5a1.3 1.3 0 0 1 2.6 0v6h.5V8a1.3 1.3 0 0 1 2.6 0v6.5a7 7 0 0 1-7 7h-.6a6.5 6.5 0 0 1-5.4-2.9L4.2 13.4a1.3 1.3 0 0 1 2.1-1.5z"
    />
  ),
  grid: (
    <g fill="currentColor">
      <rect x="3.5" y="3.5" width="7.5" height="7.5" rx="2" />
      <rect x="13" y="3.5" width="7.5" height="7.5" rx="2" />
      <rect x="3.5" y="13" width="7.5" height="7.5" rx="2" />
      <rect x="13" y="13" width="7.5" height="7.5" rx="2" />
    </g>
  ),
  battery: (
    <g>
      <rect x="2.5" y="7.5" width="16.5" height="9" rx="2.5" {...S} />
      <rect x="5" y="10" width="9" height="4" rx="1" fill="currentColor" />
      <path d="M21 10.5v3" {...S} />
    </g>
  ),
  key: (
    <g {...S}>
      <circle cx="7.5" cy="12" r="4" />
      <path d="M11.5 12h9.5M17.5 12v3.5M20.5 12v2.5" />
    </g>
  ),
  lock: (
    <g>
      <rect x="4.5" y="10.5" width="15" height="10.5" rx="2.5" fill="currentColor" />
      <path {...S} d="M7.8 10.5V8a4.2 4.2 0 0 1 8.4 0v2.5" />
    </g>
  ),
  shield: <path {...S} d="M12 3 4.5 6v5.5c0 4.6 3.2 8.3 7.5 9.5 4.3-1.2 7.5-4.9 7.5-9.5V6z" />,
  shieldCheck: (
    <g {...S}>
      <path d="M12 3 4.5 6v5.5c0 4.6 3.2 8.3 7.5 9.5 4.3-1.2 7.5-4.9 7.5-9.5V6z" />
      <path d="m8.5 12 2.5 2.5 4.5-5" />
    </g>
  ),
  block: (
    <g {...S}>
      <circle cx="12" cy="12" r="8.5" />
      <path d="m6 6 12 12" />
    </g>
  ),
  flag: <path {...S} d="M5.5 21V4M5.5 4.5h11l-2.5 4 2.5 4h-11" />,
  octagon: (
    <g>
      <path {...S} d="M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3z" />
      <path {...S} d="M12 7.5v5.5" />
      <circle cx="12" cy="16.5" r="1.3" fill="currentColor" />
    </g>
  ),
  voicemail: (
    <g {...S}>
      <circle cx="6.5" cy="12" r="3.8" />
      <circle cx="17.5" cy="12" r="3.8" />
      <path d="M6.5 15.8h11" />
    </g>
  ),
  pie: (
    <g {...S}>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 3.5V12l6 6" />
    </g>
  ),
  question: (
    <g {...S}>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.3 9.3a2.8 2.8 0 1 1 3.8 2.6c-.7.3-1.1.9-1.1 1.6v.8" />
      <circle cx="12" cy="17" r="1.1" fill="currentColor" stroke="none" />
    </g>
  ),
  pin: (
    <g>
      <path fill="currentColor" d="M12 2.5a7 7 0 0 0-7 7c0 5.3 7 12 7 12s7-6.7 7-12a7 7 0 0 0-7-7z" />
      <circle cx="12" cy="9.5" r="2.6" style={{ fill: 'var(--pi-tile, #fff)' }} />
    </g>
  ),
  qr: (
    <g>
      <g {...S} strokeWidth={1.8}>
        <rect x="3.5" y="3.5" width="6.5" height="6.5" rx="1" />
        <rect x="14" y="3.5" width="6.5" height="6.5" rx="1" />
        <rect x="3.5" y="14" width="6.5" height="6.5" rx="1" />
      </g>
      <g fill="currentColor">
        <rect x="14" y="14" width="2.5" height="2.5" />
        <rect x="18" y="18" width="2.5" height="2.5" />
        <rect x="18" y="14" width="2.5" height="2.5" />
        <rect x="14" y="18" width="2.5" height="2.5" />
      </g>
    </g>
  ),
  wallet: (
    <g>
      <rect x="3" y="6" width="18" height="13.5" rx="2.5" {...S} />
      <path {...S} d="M3 10h18" />
      <circle cx="16.5" cy="14.5" r="1.4" fill="currentColor" />
    </g>
  ),
  magnifier: (
    <g {...S}>
      <circle cx="10.5" cy="10.5" r="6" />
      <path d="m15 15 5.5 5.5" />
    </g>
  ),
  star: <path fill="currentColor" d="m12 3 2.8 5.8 6.2.8-4.6 4.3 1.2 6.2L12 17l-5.6 3.1 1.2-6.2L3 9.6l6.2-.8z" />,
  shareScreen: (
    <g {...S}>
      <rect x="2.5" y="4.5" width="19" height="13" rx="2" />
      <path d="M12 14.5v-6M9 11l3-3 3 3M8 21h8" />
    </g>
  ),
  micOff: (
    <g {...S}>
      <rect x="9" y="3" width="6" height="11" rx="3" />
      <path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21M4 3.5l16 17" />
    </g>
  ),
  download: (
    <g {...S}>
      <path d="M12 3.5v11M7.5 10l4.5 4.5 4.5-4.5M4.5 19.5h15" />
    </g>
  ),
  fingerprint: (
    <g {...S} strokeWidth={1.6}>
      <path d="M5.5 9a7 7 0 0 1 13 0M4.5 14a8 8 0 0 1 .5-4M19.5 13a8 8 0 0 0-.3-3" />
      <path d="M8 19c-1-2-1.5-3.5-1.5-5.5a5.5 5.5 0 0 1 11 0c0 1.5-.3 2.8-.7 4" />
      <path d="M10.5 20.5c-.8-1.8-1.3-4-1.3-6a2.8 2.8 0 0 1 5.6 0c0 2.5.7 4.2 1.6 5.5M12 13.5c0 3 .7 5.2 2 7" />
    </g>
  ),
  checkCircle: (
    <g {...S}>
      <circle cx="12" cy="12" r="9" />
      <path d="m7.5 12.3 3 3 6-6.3" />
    </g>
  ),
  warning: (
    <g>
      <path {...S} d="M12 3.5 2.5 20h19z" />
      <path {...S} d="M12 9.5v5" />
      <circle cx="12" cy="17.3" r="1.2" fill="currentColor" />
    </g>
  ),
  info: (
    <g>
      <circle cx="12" cy="12" r="9" {...S} />
      <path {...S} d="M12 11v6" />
      <circle cx="12" cy="7.6" r="1.3" fill="currentColor" />
    </g>
  ),
  dotsHorizontal: (
    <g fill="currentColor">
      <circle cx="5" cy="12" r="2" />
      <circle cx="12" cy="12" r="2" />
      <circle cx="19" cy="12" r="2" />
    </g>
  ),
  dotsVertical: (
    <g fill="currentColor">
      <circle cx="12" cy="5" r="2" />
      <circle cx="12" cy="12" r="2" />
      <circle cx="12" cy="19" r="2" />
    </g>
  ),
  chevronBack: <path {...S} strokeWidth={2.6} d="M15 4.5 7.5 12l7.5 7.5" />,
  arrowBack: <path {...S} d="M20 12H4.5M11 5l-7 7 7 7" />,
  plus: <path {...S} d="M12 4.5v15M4.5 12h15" />,
  pencil: (
    <g {...S}>
      <path d="M4 20l1-4.5L16 4.5a2.1 2.1 0 0 1 3 3L8 18.5z" />
      <path d="m14 6.5 3 3" />
    </g>
  ),
  close: <path {...S} d="m5.5 5.5 13 13M18.5 5.5l-13 13" />,
  menu: <path {...S} d="M4 6.5h16M4 12h16M4 17.5h16" />,
  // Tab bar glyphs (tab-bars): WhatsApp's Updates (a ring of status around a dot), WeChat's Discover (a compass).
  status: (
    <g>
      <circle cx="12" cy="12" r="8.5" {...S} strokeDasharray="9 3.4" />
      <circle cx="12" cy="12" r="4" fill="currentColor" />
    </g>
  ),
  compass: (
    <g>
      <circle cx="12" cy="12" r="9" {...S} />
      <path fill="currentColor" d="m15.8 8.2-2 5.6-5.6 2 2-5.6z" />
    </g>
  ),
} satisfies Record<string, ReactElement>;

export type GlyphName = keyof typeof GLYPHS;
