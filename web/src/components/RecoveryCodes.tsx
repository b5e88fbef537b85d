/**
 * Freshly made recovery codes, shown once: a list to copy, a .txt download and a print button, with
 * a calm word on why they matter.
 */
import { useEffect, useRef } from 'react';

/** The codes and what to do with them; `onDone` hides them. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const text = [
    'MentalMuse recovery codes',
    '',
    'Each code works once, when you cannot use your authenticator app or passkey.',
    'Keep them somewhere safe and private.',
    '',
    ...codes,
    '',
  ].join('\n');
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'mentalmuse-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  };
  const print = () => {
    const win = window.open('', '_blank', 'noopener=no');
    if (win === null) return;
    const pre = win.document.createElement('pre');
    pre.textContent = text;
    win.document.body.append(pre);
    win.print();
  };
  return (
    <section className="alert alert--success" aria-labelledby="recovery-codes-heading">
      <h3 id="recovery-codes-heading" tabIndex={-1} ref={heading}>
        Your recovery codes
      </h3>
      <p>
        If you ever lose your phone or can’t use your passkey, one of these codes lets you in. Each works
        once. Please save them now — we won’t show them again.
      </p>
      <ol className="list-plain" aria-label="Recovery codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="row">
        <button type="button" className="btn btn--secondary" onClick={download}>
          Download as text file
        </button>
        <button type="button" className="btn btn--secondary" onClick={print}>
          Print
        </button>
        <button type="button" className="btn" onClick={onDone}>
          I’ve saved them
        </button>
      </div>
    </section>
  );
}
