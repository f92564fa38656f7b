import type { ScreenView } from '../../../shared/phone-picture.ts';
import { Gesture, ROW_GESTURES } from './Gesture.tsx';
import { PhoneIconDrawing } from './icons.tsx';
import { usePhoneLook } from './look.ts';
import { TargetTag, useTargetLabel } from './Target.tsx';
import { PhoneWord } from './words.tsx';

/** Shapes only, no pictures: the hint of a wallpaper, drawn as vectors so it prints and follows the theme. */
function Wallpaper() {
  return (
    <svg className="phone-home__wallpaper" viewBox="0 0 100 180" preserveAspectRatio="none" aria-hidden="true">
      <rect width="100" height="180" style={{ fill: 'var(--pi-wallpaper)' }} />
      <circle cx="92" cy="30" r="55" style={{ fill: 'var(--pi-wallpaper-2)' }} />
      <circle cx="6" cy="150" r="48" style={{ fill: 'var(--pi-wallpaper-3)' }} />
    </svg>
  );
}

/**
 * The home screen: app icons in a grid with their names, the one to find circled; under them the page
 * dots and the dock (iPhone) or the search bar (Android), drawn as blank shapes, since they are not
 * what the step is about.
 */
export function HomeScreen({ screen }: { screen: ScreenView }) {
  const look = usePhoneLook();
  const label = useTargetLabel();
  const pressed = screen.gesture && ROW_GESTURES.has(screen.gesture) ? screen.gesture : undefined;
  return (
    <div className="phone-home">
      <Wallpaper />
      <ul className="phone-home__grid">
        {screen.apps.map((app, i) => (
          <li key={i} className={`phone-home__app${app.target ? ' phone-target phone-home__app--target' : ''}`}>
            <PhoneIconDrawing icon={app.icon} frame={look.frame} tile />
            <span className="phone-home__name">
              <PhoneWord id={app.label} />
            </span>
            {app.target && !pressed && <TargetTag label={label} />}
            {app.target && pressed && <Gesture gesture={pressed} />}
          </li>
        ))}
      </ul>
      <div className="phone-home__foot" aria-hidden="true">
        {look.system === 'ios' ? (
          <>
            <span className="phone-home__dots">
              <i />
              <i />
              <i />
            </span>
            <span className="phone-home__dock">
              <i />
              <i />
              <i />
              <i />
            </span>
          </>
        ) : (
          <>
            <span className="phone-home__dock phone-home__dock--android">
              <i />
              <i />
              <i />
              <i />
            </span>
            <span className="phone-home__search" />
          </>
        )}
      </div>
    </div>
  );
}
