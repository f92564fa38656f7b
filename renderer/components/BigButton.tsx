import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'quiet' | 'urgent';

/** Every tap target on the kiosk: large, labelled, never smaller than 64 px for primary actions. */
export function BigButton({
  variant = 'primary',
  className,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type="button"
      className={`big-button big-button--${variant}${className ? ` ${className}` : ''}`}
      {...props}
    />
  );
}
