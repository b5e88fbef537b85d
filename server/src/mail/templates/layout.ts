/**
 * The shared look of every message: a plain-text body and a small HTML body with inline styles
 * only (no external images, fonts or stylesheets, so opening a message calls no third party).
 */

/** Product name shown in subjects and signatures. */
export const PRODUCT_NAME = 'MentalMuse';

/** A rendered message: subject, plain text and HTML. */
export interface RenderedMail {
  /** Subject line. */
  subject: string;
  /** Plain-text body. */
  text: string;
  /** HTML body. */
  html: string;
}

/** What a message says, before it is rendered as text and HTML. */
export interface MailContent {
  /** Subject line (the product name is prefixed). */
  subject: string;
  /** Greeting name. */
  name: string;
  /** Paragraphs before the action. */
  intro: string[];
  /** The one thing to do, if any: a button in HTML, a bare link in text. */
  action?: { label: string; url: string };
  /** Paragraphs after the action. */
  outro: string[];
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const FONT = 'font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif';

/** Renders content as a subject, a plain-text body and an HTML body. */
export function render(content: MailContent): RenderedMail {
  const subject = `${PRODUCT_NAME}: ${content.subject}`;
  const text = [
    `Hello ${content.name},`,
    '',
    ...content.intro.flatMap((p) => [p, '']),
    ...(content.action === undefined ? [] : [`${content.action.label}:`, content.action.url, '']),
    ...content.outro.flatMap((p) => [p, '']),
    'Take care,',
    `The ${PRODUCT_NAME} team`,
    '',
  ].join('\n');
  const paragraph = (p: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(p)}</p>`;
  const action =
    content.action === undefined
      ? ''
      : `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#4f6f5f;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>` +
        `<p style="margin:0 0 16px;line-height:1.5;font-size:13px;color:#555555">If the button does not work, copy this address into your browser:<br>${escapeHtml(content.action.url)}</p>`;
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f6f5f2;color:#2b2b2b;${FONT}">`,
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">',
    `<p style="margin:0 0 24px;font-size:18px;color:#4f6f5f">${PRODUCT_NAME}</p>`,
    paragraph(`Hello ${content.name},`),
    ...content.intro.map(paragraph),
    action,
    ...content.outro.map(paragraph),
    paragraph(`Take care,\nThe ${PRODUCT_NAME} team`).replace('\n', '<br>'),
    '</div></body></html>',
  ].join('\n');
  return { subject, text, html };
}
