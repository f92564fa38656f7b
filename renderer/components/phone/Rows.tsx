import type { PhoneGesture, ScreenRowView } from '../../../shared/phone-picture.ts';
import { Gesture, ROW_GESTURES } from './Gesture.tsx';
import { HeaderControl } from './Header.tsx';
import { PhoneIconDrawing, RowChevron, StrokeMark } from './icons.tsx';
import { showsChevrons, usePhoneLook } from './look.ts';
import { PhoneSwitch } from './Switch.tsx';
import { TargetTag, useTargetLabel } from './Target.tsx';
import { PhoneWord } from './words.tsx';

/** A tick, for the chosen row of a list of choices. */
function Tick() {
  return <StrokeMark className="phone-row__tick" d="m4.5 12.5 5 5 10-11" width={2.6} />;
}

/**
 * One row as the phone draws it: its icon (a coloured tile on iOS and One UI, a plain glyph on a
 * Pixel), the word, a detail at the far side, then a switch, a chevron, a tick or a button (the (i) in
 * Recents). The target is outlined with its label on the ring's edge; a target row with a button has
 * the button circled instead, since that is what the finger taps.
 */
export function Row({ row, gesture }: { row: ScreenRowView; gesture?: PhoneGesture | undefined }) {
  const look = usePhoneLook();
  const label = useTargetLabel(row);
  const controlTarget = row.target && row.control !== undefined;
  const rowTarget = row.target && !controlTarget;
  // phone__row / phone__row--target / phone__label: the names the step tests have always found the picture by.
  const classes = ['phone-row', 'phone__row', `phone-row--${row.kind}`];
  if (rowTarget) classes.push('phone-target', 'phone-row--target', 'phone__row--target');
  const tileIcons = look.system === 'ios' || look.frame === 'samsung';
  return (
    <li className={classes.join(' ')}>
      {row.icon && (
        <PhoneIconDrawing icon={row.icon} frame={look.frame} tile={tileIcons || row.icon.startsWith('app-')} />
      )}
      <span className="phone-row__words">
        <PhoneWord id={row.label} className="phone-row__label phone__label" />
      </span>
      {row.detail && (
        <span className="phone-row__detail">
          <PhoneWord id={row.detail} />
        </span>
      )}
      {row.kind === 'switch' && <PhoneSwitch value={row.value ?? 'off'} to={row.to} />}
      {row.kind === 'check' && (row.value === 'on' || row.to === 'on') && <Tick />}
      {row.control && <HeaderControl control={{ control: row.control, target: controlTarget }} />}
      {row.kind === 'link' && !row.control && showsChevrons(look) && <RowChevron />}
      {/* A row to swipe or hold is outlined without "Tap here": the step's words and the gesture say what to do. */}
      {rowTarget && !gesture && <TargetTag label={label} />}
      {gesture && <Gesture gesture={gesture} />}
    </li>
  );
}

/** Rows split at their section headers: iOS and One UI draw each section as a rounded card. */
function sections(rows: readonly ScreenRowView[]): { header?: ScreenRowView; rows: ScreenRowView[] }[] {
  const out: { header?: ScreenRowView; rows: ScreenRowView[] }[] = [];
  for (const row of rows) {
    if (row.kind === 'header') out.push({ header: row, rows: [] });
    else {
      if (out.length === 0) out.push({ rows: [] });
      out[out.length - 1]?.rows.push(row);
    }
  }
  return out;
}

/** The gesture drawn on a row: a swipe or a long press belongs on the row it is made on (the target, else the first). */
export function rowForGesture(
  rows: readonly ScreenRowView[],
  gesture: PhoneGesture | undefined,
): ScreenRowView | undefined {
  if (!gesture || !ROW_GESTURES.has(gesture)) return undefined;
  return rows.find((r) => r.target) ?? rows.find((r) => r.kind !== 'header');
}

/** A screen's rows in sections; a section header is a small title, not a row to tap. */
export function RowList({ rows, gesture }: { rows: readonly ScreenRowView[]; gesture?: PhoneGesture | undefined }) {
  const gestureRow = rowForGesture(rows, gesture);
  return (
    <div className="phone-list">
      {sections(rows).map((section, i) => (
        <section key={i} className="phone-list__section">
          {section.header && (
            <p className="phone-list__header">
              <PhoneWord id={section.header.label} />
            </p>
          )}
          {section.rows.length > 0 && (
            <ul className="phone-list__card">
              {section.rows.map((row, j) => (
                <Row key={j} row={row} gesture={row === gestureRow ? gesture : undefined} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
