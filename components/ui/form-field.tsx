import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
};

/** A labelled input with its field-level errors, wired for screen readers. */
export function FormField({ label, name, errors, hint, id, ...input }: Props) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
        {...input}
      />
      {hint && !errors?.length && <span className="field-hint">{hint}</span>}
      {errors?.length ? (
        <span id={errorId} className="field-error" role="alert">
          {errors.join(" ")}
        </span>
      ) : null}
    </div>
  );
}
