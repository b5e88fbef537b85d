/**
 * The "…" menu on a post or comment: mute or block its author (each confirmed in a dialog that
 * explains it). A menu button in the ARIA pattern: arrow keys, Home/End, Escape returns focus.
 */
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { SafetyAction } from '../api/safety.ts';
import { SafetyDialog } from './SafetyDialog.tsx';

/** Props of {@link SafetyMenu}. */
export interface SafetyMenuProps {
  /** The author (a known member: never the anonymous or deleted sentinel). */
  author: { id: string; name: string; is_staff: boolean };
  /** What the menu belongs to, for its label. */
  what: 'post' | 'comment';
  /** Called after blocking or muting (the post page leaves the post that is about to disappear). */
  onDone?: () => void;
}

/** The "…" menu. */
export function SafetyMenu({ author, what, onDone }: SafetyMenuProps) {
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<SafetyAction | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') setOpen(false);
  };

  const choose = (next: SafetyAction) => {
    setOpen(false);
    setAction(next);
  };

  return (
    <div className="menu" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="btn btn--quiet btn--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">…</span>
        <span className="visually-hidden">
          More options for the {what} by {author.name}
        </span>
      </button>
      {open ? (
        <div
          ref={menu}
          className="menu__list"
          role="menu"
          id={menuId}
          aria-label={`Options for ${author.name}`}
          onKeyDown={onKeyDown}
        >
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose('mute')}>
            Mute {author.name}
          </button>
          {author.is_staff ? null : (
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose('block')}>
              Block {author.name}
            </button>
          )}
        </div>
      ) : null}
      <SafetyDialog
        action={action}
        user={author}
        onDone={onDone}
        onClose={(done) => {
          setAction(null);
          if (!done) button.current?.focus();
        }}
      />
    </div>
  );
}
