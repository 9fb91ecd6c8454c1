import { useEffect, type ReactNode } from 'react';

/**
 * Hides all personal content at once. While it is on, the content is not
 * rendered at all (not just blurred), so nothing can be read over a shoulder
 * or by assistive technology; only Zijlijn's name and the way back remain.
 */
export function PrivacyScreen({
  active,
  onToggle,
  appName,
  hiddenText,
  returnLabel,
  children,
}: {
  active: boolean;
  onToggle: (active: boolean) => void;
  appName: string;
  hiddenText: string;
  returnLabel: string;
  children: ReactNode;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP') {
        event.preventDefault();
        onToggle(!active);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, onToggle]);

  if (!active) return <>{children}</>;
  return (
    <div className="privacy-screen">
      <p className="privacy-name">{appName}</p>
      <p className="hint">{hiddenText}</p>
      <button type="button" className="btn" autoFocus onClick={() => onToggle(false)}>
        {returnLabel}
      </button>
    </div>
  );
}
