// The message loop of the core's utility process, as a function of a port and a core, so it is
// tested with a stand-in port and a real core in a temp folder. core-host.ts only wires
// process.parentPort to it. Every request gets exactly one reply with its id; replies go out as
// soon as each answer is ready, so a quick call is not held up by a slow one (the core's
// dispatcher still runs its calls one at a time).
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, isAbsolute } from 'node:path';
import { z } from 'zod';
import type { Language } from '../../shared/domain/common.js';
import { errorResult } from '../../shared/error-result.js';
import { ok, type Result } from '../../shared/result.js';
import type { Core, CoreOptions } from '../core/core-types.js';
import { issuePath } from '../core/dispatch.js';
import {
  HOST_DOORS,
  isHostRequest,
  type HostDoor,
  type HostPort,
  type HostRequest,
} from './core-protocol.js';
import { writeFileReplacing } from './write-file-replacing.js';

const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0') && isAbsolute(path));
const id = z.string().min(1).max(200);

/** The options main hands the host as its one argument (JSON). */
const hostOptionsSchema = z.object({
  dataDir: absolutePath,
  nativeBinding: absolutePath.optional(),
});

export type HostOptions = z.output<typeof hostOptionsSchema>;

// A prefixed argument, found wherever Electron puts it among the utility process's argv.
const HOST_ARG = '--koers-core=';

export const formatHostArgs = (options: HostOptions): string[] => [
  `${HOST_ARG}${JSON.stringify(options)}`,
];

/** The core's options from the host's argv; throws with a readable reason when absent. */
export function parseHostOptions(argv: readonly string[]): CoreOptions {
  const arg = argv.find((item) => item.startsWith(HOST_ARG));
  if (arg === undefined) throw new Error('de kern kreeg geen opties mee');
  const parsed = hostOptionsSchema.safeParse(JSON.parse(arg.slice(HOST_ARG.length)));
  if (!parsed.success) throw new Error(`ongeldige opties voor de kern: ${issuePath(parsed.error)}`);
  const { dataDir, nativeBinding } = parsed.data;
  return { dataDir, shell: 'electron', ...(nativeBinding === undefined ? {} : { nativeBinding }) };
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);

/**
 * A stored original written to a new file. The file is made exclusively ('wx', owner only), and
 * removed again when the core could not fill it; a file that was there already is never touched.
 */
async function writeDocumentToFile(
  core: Core,
  engagementId: string,
  documentId: string,
  filePath: string,
): ReturnType<Core['writeDocument']> {
  const out = createWriteStream(filePath, { flags: 'wx', mode: 0o600 });
  let created = false;
  out.once('open', () => (created = true));
  // The core learns of write errors through end()'s callback; without a listener an 'error'
  // event after that would end the whole process.
  out.on('error', () => undefined);
  const closed = once(out, 'close');
  const written = await core.writeDocument(engagementId, documentId, out);
  if (!written.ok) {
    out.destroy();
    await closed.catch(() => undefined);
    if (created) await rm(filePath, { force: true });
    return written;
  }
  // Main renames the file next; Windows cannot rename a file that is still open.
  await closed.catch(() => undefined);
  return written;
}

interface Door {
  schema: z.ZodType;
  run(core: Core, input: never, language: () => Promise<Language>): Promise<Result<unknown>>;
}

const door = <S extends z.ZodType>(
  schema: S,
  run: (
    core: Core,
    input: z.output<S>,
    language: () => Promise<Language>,
  ) => Promise<Result<unknown>>,
): Door => ({ schema, run: run as Door['run'] });

const DOORS: Record<HostDoor, Door> = {
  [HOST_DOORS.ready]: door(z.unknown(), async () => ok(null)),
  [HOST_DOORS.openPath]: door(z.object({ path: absolutePath }), (core, { path }) =>
    core.openPath(path),
  ),
  [HOST_DOORS.saveAsPath]: door(
    z.object({ engagementId: id, path: absolutePath }),
    (core, { engagementId, path }) => core.saveAsPath(engagementId, path),
  ),
  [HOST_DOORS.stagePath]: door(z.object({ path: absolutePath }), (core, { path }) =>
    core.stagePath(path),
  ),
  [HOST_DOORS.writeDocumentToFile]: door(
    z.object({ engagementId: id, documentId: id, filePath: absolutePath }),
    (core, input) =>
      writeDocumentToFile(core, input.engagementId, input.documentId, input.filePath),
  ),
  [HOST_DOORS.saveExportToFile]: door(
    z.object({ jobId: id, filePath: absolutePath }),
    async (core, { jobId, filePath }, language) => {
      const taken = await core.takeExport(jobId);
      if (!taken.ok) return taken;
      try {
        await writeFileReplacing(filePath, taken.value.bytes);
      } catch (error) {
        return errorResult('INTERNAL', { detail: describe(error) }, await language());
      }
      return ok({ fileName: basename(filePath) });
    },
  ),
  [HOST_DOORS.waitForExport]: door(z.object({ jobId: id }), (core, { jobId }) =>
    core.waitForExport(jobId),
  ),
  [HOST_DOORS.exportInterchange]: door(
    z.object({
      engagementId: id,
      options: z.object({ withAttachments: z.boolean(), exportedAt: z.string().optional() }),
    }),
    (core, { engagementId, options }) =>
      core.exportInterchange(engagementId, {
        withAttachments: options.withAttachments,
        ...(options.exportedAt === undefined ? {} : { exportedAt: options.exportedAt }),
      }),
  ),
  [HOST_DOORS.importInterchange]: door(
    z.object({ jsonPath: absolutePath, targetPath: absolutePath }),
    (core, { jsonPath, targetPath }) => core.importInterchange(jsonPath, targetPath),
  ),
  [HOST_DOORS.dispose]: door(z.unknown(), async (core) => {
    await core.dispose();
    return ok(null);
  }),
};

const isDoor = (name: string): name is HostDoor => Object.hasOwn(DOORS, name);

/** The answer to one request: a host door, or a contract operation for the dispatcher. */
export async function answerRequest(
  corePromise: Promise<Core>,
  request: HostRequest,
): Promise<Result<unknown>> {
  let core: Core;
  try {
    core = await corePromise;
  } catch (error) {
    // The core could not be made (no SQLite module, unreadable user folder): main shows this.
    return errorResult('INTERNAL', { detail: describe(error) }, 'nl');
  }
  const language = async (): Promise<Language> => {
    const preferences = await core.call('preferences:get', {});
    return preferences.ok ? preferences.value.language : 'nl';
  };
  try {
    if (!isDoor(request.name)) return await core.callByName(request.name, request.input);
    const { schema, run } = DOORS[request.name];
    const parsed = schema.safeParse(request.input);
    if (!parsed.success) {
      const path = issuePath(parsed.error);
      return errorResult('INVALID_INPUT', { path }, await language(), path);
    }
    return await run(core, parsed.data as never, language);
  } catch (error) {
    return errorResult(
      'INTERNAL',
      { detail: describe(error) },
      await language().catch(() => 'nl' as const),
    );
  }
}

/** Answers every request arriving on `port`. A message without an id cannot be answered. */
export function serveCore(port: HostPort, corePromise: Promise<Core>): void {
  // Awaited per request; this catch only keeps a failed start from counting as unhandled.
  corePromise.catch((error: unknown) => console.error('[koers] kern niet gestart', error));
  port.on('message', (event) => {
    const request = event.data;
    if (!isHostRequest(request)) return;
    void answerRequest(corePromise, request).then((result) =>
      port.postMessage({ id: request.id, result }),
    );
  });
}
