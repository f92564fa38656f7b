import type { ScreenRowView, ScreenView } from '../../../shared/phone-picture.ts';
import { AppHeader } from './Header.tsx';
import { PhoneIconDrawing } from './icons.tsx';
import { usePhoneLook } from './look.ts';
import { TargetTag, useTargetLabel } from './Target.tsx';
import { PhoneWord } from './words.tsx';

/** The app's screen under a menu, sheet or dialog: blank lines, dimmed, since only the pop-up matters. */
function DimmedScreen({ screen, showTitle }: { screen: ScreenView; showTitle: boolean }) {
  return (
    <>
      <AppHeader screen={screen} showTitle={showTitle} />
      <div className="phone-ghost" aria-hidden="true">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <span key={i} className="phone-ghost__row">
            <i />
            <b />
          </span>
        ))}
      </div>
      <div className="phone-dim" aria-hidden="true" />
    </>
  );
}

/** One choice in a pop-up: its icon where the phone shows one, the word, the target outlined. */
function Choice({ row }: { row: ScreenRowView }) {
  const { frame } = usePhoneLook();
  const label = useTargetLabel(row);
  const classes = ['phone-choice', `phone-choice--${row.kind}`];
  if (row.target) classes.push('phone-target', 'phone-choice--target');
  return (
    <li className={classes.join(' ')}>
      {row.icon && <PhoneIconDrawing icon={row.icon} frame={frame} tile={false} />}
      <span className="phone-choice__words">
        <PhoneWord id={row.label} />
      </span>
      {row.target && <TargetTag label={label} />}
    </li>
  );
}

/**
 * A pop-up over the app: the menu that ⋮ or ··· opens (a card at the button's corner), an action
 * sheet from the foot of the screen, or a dialog in the middle asking to confirm. The app's bar stays
 * above, so the visitor sees where the menu came from.
 */
export function Overlay({ screen }: { screen: ScreenView }) {
  const { kind } = screen;
  const dialog = kind === 'dialog';
  const message = dialog ? screen.rows.filter((r) => r.kind === 'info' || r.kind === 'header') : [];
  const choices = dialog ? screen.rows.filter((r) => !message.includes(r)) : screen.rows;
  return (
    <>
      <DimmedScreen screen={screen} showTitle={!dialog} />
      <div className={`phone-pop phone-pop--${kind}`}>
        {dialog && screen.title && (
          <p className="phone-pop__title">
            <PhoneWord id={screen.title} className="phone__title" />
          </p>
        )}
        {message.map((row, i) => (
          <p key={i} className="phone-pop__message">
            <PhoneWord id={row.label} />
          </p>
        ))}
        <ul className="phone-pop__choices">
          {choices.map((row, i) => (
            <Choice key={i} row={row} />
          ))}
        </ul>
      </div>
    </>
  );
}
