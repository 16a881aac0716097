import type { Session, SessionInput, SessionPart } from '../../../shared/domain/session';

// Pure updates of a cached session, for the changes that answer only what they changed.

export const mapPart = (
  session: Session,
  partId: string,
  update: (part: SessionPart) => SessionPart,
): Session => ({
  ...session,
  parts: session.parts.map((part) => (part.id === partId ? update(part) : part)),
});

export const mapInput = (
  session: Session,
  inputId: string,
  update: (input: SessionInput) => SessionInput,
): Session => ({
  ...session,
  parts: session.parts.map((part) =>
    part.inputs.some((input) => input.id === inputId)
      ? {
          ...part,
          inputs: part.inputs.map((input) => (input.id === inputId ? update(input) : input)),
        }
      : part,
  ),
});

export const withoutInput = (session: Session, inputId: string): Session => ({
  ...session,
  parts: session.parts.map((part) => ({
    ...part,
    inputs: part.inputs.filter((input) => input.id !== inputId),
  })),
});

/** The five ideas with the most dots (ties: first typed first); none without a dot. */
export const topFive = (inputs: readonly SessionInput[]): SessionInput[] =>
  inputs
    .filter((input) => input.votes > 0 && input.text.trim() !== '')
    .sort((a, b) => b.votes - a.votes || a.createdAt.localeCompare(b.createdAt))
    .slice(0, 5);
