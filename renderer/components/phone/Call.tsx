import type { ScreenRowView, ScreenView } from '../../../shared/phone-picture.ts';
import { HeaderControl } from './Header.tsx';
import { CallGlyph } from './icons.tsx';
import { TargetTag, useTargetLabel } from './Target.tsx';
import { PhoneWord } from './words.tsx';

/** A round call button with its word under it; end-call red; the one to tap circled. */
function CallButton({ row }: { row: ScreenRowView }) {
  const label = useTargetLabel(row);
  const icon = row.icon ?? 'more';
  const classes = ['phone-call__button', `phone-call__button--${icon}`];
  if (row.kind === 'destructive' || icon === 'end-call') classes.push('phone-call__button--end');
  if (row.target) classes.push('phone-target', 'phone-call__button--target');
  return (
    <li className={classes.join(' ')}>
      <span className="phone-call__circle">
        <CallGlyph icon={icon} />
      </span>
      <span className="phone-call__word">
        <PhoneWord id={row.label} />
      </span>
      {row.target && <TargetTag label={label} />}
    </li>
  );
}

/**
 * A call in progress: a dark screen, the caller at the top, the call's round buttons at the foot
 * (share screen, mute, end call), any small buttons of the call's bar at the top end.
 */
export function CallScreen({ screen }: { screen: ScreenView }) {
  return (
    <div className="phone-call">
      <div className="phone-call__bar">
        {screen.controls.map((c, i) => (
          <HeaderControl key={i} control={c} />
        ))}
      </div>
      <div className="phone-call__who">
        <span className="phone-call__avatar" aria-hidden="true" />
        {screen.title && <PhoneWord id={screen.title} className="phone__title" />}
      </div>
      <ul className="phone-call__buttons">
        {screen.rows.map((row, i) => (
          <CallButton key={i} row={row} />
        ))}
      </ul>
    </div>
  );
}
