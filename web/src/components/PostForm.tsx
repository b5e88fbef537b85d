/** Write or edit a post: text, optional mood, optional content warning, anonymous toggle. */

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { ApiError, describeError } from '../api/errors.ts';
import { applyServerErrors } from '../lib/forms.ts';
import { useDraft } from '../lib/useDraft.ts';
import { FormAlert, Notice } from './feedback.tsx';
import { CheckboxField, TextArea, TextField } from './fields.tsx';
import { MoodPicker } from './MoodPicker.tsx';

const schema = z.object({
  body: z
    .string()
    .trim()
    .min(1, 'Please write something before posting.')
    .max(5000, 'Please keep it under 5,000 characters.'),
  mood: z.number().int().min(1).max(5).nullable(),
  content_warning: z.string().trim().max(200, 'Please keep the warning under 200 characters.'),
  anonymous: z.boolean(),
});

/** The values of the post form. */
export type PostValues = z.infer<typeof schema>;

/** What {@link PostForm} hands to `onSave` (an empty content warning becomes null). */
export interface PostSaveValues {
  /** The text. */
  body: string;
  /** Mood 1–5 or null. */
  mood: number | null;
  /** Content warning or null. */
  content_warning: string | null;
  /** Hide the author's name from other members. */
  anonymous: boolean;
}

/** Props of {@link PostForm}. */
export interface PostFormProps {
  /** Starting values (editing). */
  initial?: Partial<PostValues>;
  /** Submit label. */
  submitLabel: string;
  /** Saves; throw an ApiError to show field errors. */
  onSave(values: PostSaveValues): Promise<void>;
  /** Cancel handler (editing). */
  onCancel?: () => void;
  /** Keep unsent text as a local draft under this place (e.g. `post:new`). */
  draftPlace?: string;
}

const EMPTY: PostValues = { body: '', mood: null, content_warning: '', anonymous: false };

/** The post form. */
export function PostForm({ initial, submitLabel, onSave, onCancel, draftPlace }: PostFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const [formNotice, setFormNotice] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<PostValues>({
    resolver: zodResolver(schema),
    defaultValues: { ...EMPTY, ...initial },
  });
  const draft = useDraft(
    draftPlace ?? null,
    watch(),
    (saved) => reset({ ...EMPTY, ...initial, ...saved }),
    (values) => values.body.trim() === '' && values.content_warning.trim() === '',
  );
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setFormNotice(null);
    try {
      await onSave({
        ...values,
        content_warning: values.content_warning === '' ? null : values.content_warning,
      });
      draft.clear();
      if (!initial) reset();
    } catch (error) {
      // A posting limit is not a mistake: said calmly, and the text stays as a draft.
      if (error instanceof ApiError && error.kind === 'throttled') return setFormNotice(describeError(error));
      setFormError(applyServerErrors(error, setError, ['body', 'mood', 'content_warning', 'anonymous']));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      {formNotice ? <Notice>{formNotice}</Notice> : null}
      <TextArea label="What’s on your mind?" error={errors.body?.message} {...register('body')} />
      <Controller
        control={control}
        name="mood"
        render={({ field }) => (
          <div className="field">
            <MoodPicker
              label="How are you feeling? (optional)"
              value={field.value}
              onChange={field.onChange}
              clearable
            />
          </div>
        )}
      />
      <TextField
        label="Content warning (optional)"
        hint="If your post touches something heavy, name it here. Readers will see the warning first and choose whether to read on."
        error={errors.content_warning?.message}
        {...register('content_warning')}
      />
      <CheckboxField
        label="Post anonymously"
        hint="Other members see “Anonymous”. Moderators can still see it’s you, to keep everyone safe."
        {...register('anonymous')}
      />
      <div className="row">
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
