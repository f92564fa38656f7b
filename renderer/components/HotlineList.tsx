import type { HotlineView } from '../../shared/safety-schema.ts';
import { LtrText } from './LtrText.tsx';

/** Hotlines in big digits, the emergency number marked: what a frightened visitor dials from the screen. */
export function HotlineList({ lines }: { lines: HotlineView[] }) {
  return (
    <ul className="hotline-list">
      {lines.map((line) => (
        <li key={line.id} className={line.emergency ? 'hotline hotline--emergency' : 'hotline'}>
          {/* Digits always left to right, even in Arabic, so they read as dialled. */}
          <span className="hotline__number" dir="ltr">
            {line.contact}
          </span>
          <span className="hotline__name" dir="auto">
            <LtrText text={line.name} />
          </span>
          {/* When to call the emergency number, so it is not the first call for doubt. */}
          {line.emergency && (
            <span className="hotline__when" dir="auto">
              <LtrText text={line.purpose} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
