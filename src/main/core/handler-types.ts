import type { OperationName, OutputOf, ParsedInputOf } from '../../shared/contract.js';

/** One function per operation; the dispatcher has already parsed the input. */
export type Handlers = {
  [K in OperationName]: (input: ParsedInputOf<K>) => Promise<OutputOf<K>>;
};

export type HandlerGroup<K extends OperationName> = Pick<Handlers, K>;
