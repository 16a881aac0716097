import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useHotkeys } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OpenEngagement } from '../../shared/domain/engagement';
import { api } from '../api/client';
import { stageFiles } from '../api/files';
import { call } from '../api/koers-error';
import { notifyError, notifySuccess } from '../api/notify';
import { useAppInfo, useOpenEngagements } from '../api/app-queries';
import { invalidateCore, useCoreMutation } from '../api/core-hooks';
import { engagementScope } from '../api/query-keys';
import { FileNameModal } from '../dialogs/FileNameModal';
import { NewEngagementModal } from '../dialogs/NewEngagementModal';
import { OpenFileModal } from '../dialogs/OpenFileModal';
import { parseMenuAction, type MenuAction } from '../../shared/menu-actions';
import { AboutModal } from '../dialogs/AboutModal';
import { CommandsContext, type AppCommands } from './commands-context';
import { copyName } from './copy-name';
import { engagementPath, homePath, navigate, useRoute } from './router';

type Dialog = 'new' | 'open' | 'saveAs' | 'rename' | 'about' | null;

export function CommandsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const route = useRoute();
  const info = useAppInfo();
  const openEngagements = useOpenEngagements();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [pendingFile, setPendingFile] = useState<string | null>(null);
  const [upload, setUpload] = useState<{ fileName: string; fraction: number } | null>(null);

  const currentId = route.name === 'engagement' ? route.engagementId : null;
  const current = openEngagements.data?.find((e) => e.engagementId === currentId) ?? null;
  // Until app:info has answered, the presence of the preload tells the shells apart.
  const isBrowser = info.data ? info.data.shell === 'browser' : !window.koers;

  const refreshLists = useCallback(
    () =>
      invalidateCore(queryClient, [
        'recent:list',
        'engagement:listOpen',
        'workspace:list',
        'app:info',
      ]),
    [queryClient],
  );

  const enter = useCallback(
    (engagement: OpenEngagement) => {
      setDialog(null);
      void refreshLists();
      navigate(engagementPath(engagement.engagementId));
    },
    [refreshLists],
  );

  const opening = useMutation({
    mutationFn: (open: () => Promise<OpenEngagement | null>) => open(),
    onSuccess: (engagement) => {
      if (engagement) enter(engagement);
    },
    onError: (error) => {
      notifyError(error);
      // A failed open can mean a recent file went missing: show that in the list.
      void refreshLists();
    },
    onSettled: () => setPendingFile(null),
  });

  // In browser mode these two run from a name dialog, which shows the core's refusal on the
  // field; the native dialog of Electron has no such field, so there it is a notification.
  const saving = useMutation({
    mutationFn: (save: () => Promise<OpenEngagement | null>) => save(),
    onSuccess: (engagement) => {
      if (!engagement) return;
      notifySuccess(t('saveAs.saved', { fileName: engagement.fileName }));
      enter(engagement);
    },
    onError: (error) => {
      if (!isBrowser) notifyError(error);
    },
  });

  // The name dialog shows the core's refusal on its field: no notification on top.
  const renaming = useCoreMutation('engagement:rename', {
    onSuccess: (engagement) => {
      notifySuccess(t('rename.renamed', { fileName: engagement.fileName }));
      enter(engagement);
    },
    onError: () => undefined,
  });

  const closing = useCoreMutation('engagement:close', {
    onSuccess: ({ engagementId }) => {
      queryClient.removeQueries({ queryKey: engagementScope(engagementId) });
      void refreshLists();
      navigate(homePath());
    },
  });

  const commands = useMemo<AppCommands>(
    () => ({
      newEngagement: () => setDialog('new'),
      open: () => {
        if (isBrowser) setDialog('open');
        else opening.mutate(() => call(api['shell:openDialog']({})));
      },
      openDemo: () => opening.mutate(() => call(api['demo:create']({}))),
      openRecent: (recentId) =>
        opening.mutate(() => call(api['engagement:openRecent']({ recentId }))),
      saveAs: () => {
        if (!currentId) return;
        if (isBrowser) {
          saving.reset();
          setDialog('saveAs');
        } else saving.mutate(() => call(api['shell:saveAsDialog']({ engagementId: currentId })));
      },
      rename: () => {
        if (!currentId) return;
        renaming.reset();
        setDialog('rename');
      },
      close: () => {
        if (currentId) closing.mutate({ engagementId: currentId });
      },
      busy: opening.isPending || saving.isPending || closing.isPending,
    }),
    [isBrowser, currentId, opening, saving, renaming, closing],
  );

  // Shortcuts fire inside inputs too: Ctrl+N while typing a name should still work.
  useHotkeys(
    [
      ['mod+N', () => commands.newEngagement()],
      ['mod+O', () => commands.open()],
      ['mod+W', () => commands.close()],
      ['mod+shift+S', () => commands.saveAs()],
    ],
    [],
  );

  // The Electron menu sends its choices here; keep the latest commands without re-subscribing.
  const runMenuAction = (action: MenuAction) => {
    switch (action.kind) {
      case 'new':
        return commands.newEngagement();
      case 'open':
        return commands.open();
      case 'saveAs':
        return commands.saveAs();
      case 'close':
        return commands.close();
      case 'about':
        return setDialog('about');
      case 'openRecent':
        return commands.openRecent(action.recentId);
      case 'opened':
        // The shell already opened the file (double-click, second launch); just show it.
        void refreshLists();
        return navigate(engagementPath(action.engagementId));
    }
  };
  const latest = useRef({ runMenuAction });
  useEffect(() => {
    latest.current = { runMenuAction };
  });
  useEffect(() => {
    const unsubscribe = window.koersMenu?.onAction((text) => {
      const action = parseMenuAction(text);
      if (action) latest.current.runMenuAction(action);
    });
    return unsubscribe;
  }, []);

  const closeDialog = () => setDialog(null);

  return (
    <CommandsContext.Provider value={commands}>
      {children}
      <AboutModal opened={dialog === 'about'} onClose={closeDialog} />
      <NewEngagementModal opened={dialog === 'new'} onClose={closeDialog} onCreated={enter} />
      <OpenFileModal
        opened={dialog === 'open'}
        pendingFile={pendingFile}
        onClose={closeDialog}
        upload={upload}
        onOpen={(fileName) => {
          setPendingFile(fileName);
          opening.mutate(() => call(api['engagement:open']({ fileName })));
        }}
        onOpenElsewhere={(file) => {
          setUpload({ fileName: file.name, fraction: 0 });
          opening.mutate(async () => {
            try {
              const [staged] = await stageFiles([file], (loaded, total) =>
                setUpload({ fileName: file.name, fraction: total > 0 ? loaded / total : 1 }),
              );
              const { uploadId } = await call(Promise.resolve(staged!));
              return await call(api['engagement:openUpload']({ uploadId }));
            } finally {
              setUpload(null);
            }
          });
        }}
      />
      <FileNameModal
        opened={dialog === 'saveAs' && current !== null}
        title={t('saveAs.title')}
        description={t('saveAs.description')}
        label={t('saveAs.fileName')}
        initialName={current ? copyName(current.fileName) : ''}
        pending={saving.isPending}
        serverError={saving.error?.message ?? null}
        onClose={closeDialog}
        onSubmit={(fileName) => {
          if (currentId)
            saving.mutate(() =>
              call(api['engagement:saveAs']({ engagementId: currentId, fileName })),
            );
        }}
      />
      <FileNameModal
        opened={dialog === 'rename' && current !== null}
        title={t('rename.title')}
        label={t('rename.fileName')}
        initialName={current?.fileName ?? ''}
        pending={renaming.isPending}
        serverError={renaming.error?.message ?? null}
        onClose={closeDialog}
        onSubmit={(fileName) => {
          if (currentId) renaming.mutate({ engagementId: currentId, fileName });
        }}
      />
    </CommandsContext.Provider>
  );
}
