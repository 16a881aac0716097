import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBulb, IconQuote, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DocumentPages, Passage } from '../../../shared/domain/document';
import { quoted } from '../../../shared/text/quote';
import { useCoreMutation, useCoreQuery } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import classes from './documents.module.css';
import { pageSelectionIn, type PageSelection } from './passage-selection';

interface Props {
  engagementId: string;
  documentId: string;
  /** The page to scroll to once the text is there (a search hit on that page). */
  page?: number | undefined;
  /** A passage was made from a selection to become a finding: open the finding form. */
  onMakeFinding: (passage: Passage, quote: string) => void;
}

/**
 * The text Koers read from the document, page by page. Selecting words offers to keep them
 * as a passage (with their page) or to go straight on to a finding from that passage.
 */
export function DocumentTextView({ engagementId, documentId, page, onMakeFinding }: Props) {
  const { t } = useTranslation();
  const pages = useCoreQuery('document:pages', { engagementId, documentId });

  return (
    <Stack gap="sm" component="section" aria-labelledby="document-text-title">
      <Title order={2} size="h3" id="document-text-title">
        {t('documentText.title')}
      </Title>
      {pages.isPending ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : pages.isError ? null : (
        <TextBody
          engagementId={engagementId}
          documentId={documentId}
          data={pages.data}
          page={page}
          onMakeFinding={onMakeFinding}
        />
      )}
    </Stack>
  );
}

function TextBody({
  engagementId,
  documentId,
  data,
  page,
  onMakeFinding,
}: Omit<Props, 'page'> & { data: DocumentPages; page: number | undefined }) {
  const { t } = useTranslation();
  const extract = useCoreMutation('document:extractText', { invalidates: ['engagement'] });

  if (data.textStatus !== 'extracted' || data.pages.length === 0) {
    const status = data.textStatus === 'extracted' ? 'none' : data.textStatus;
    return (
      <Alert variant="light" color={status === 'failed' ? 'orange' : 'gray'}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t(`documentText.status.${status}`)}</Text>
          {(status === 'failed' || status === 'pending') && (
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconRefresh aria-hidden size={16} />}
              loading={extract.isPending}
              onClick={() => extract.mutate({ engagementId, id: documentId })}
            >
              {t('documentText.readAgain')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Pages
      engagementId={engagementId}
      documentId={documentId}
      data={data}
      page={page}
      onMakeFinding={onMakeFinding}
    />
  );
}

function Pages({
  engagementId,
  documentId,
  data,
  page,
  onMakeFinding,
}: Omit<Props, 'page'> & { data: DocumentPages; page: number | undefined }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<PageSelection | null>(null);

  // The selection is read as it changes, not when a button is pressed: by then a click
  // elsewhere may have collapsed it.
  useEffect(() => {
    const onChange = () => {
      const next = pageSelectionIn(scrollRef.current, window.getSelection());
      // Keep the last selection while the user moves to the buttons; a new one replaces it.
      if (next) setSelection(next);
      else if (window.getSelection()?.isCollapsed) setSelection(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  // A search hit names the page its words are on: show that page at the top of the view.
  useEffect(() => {
    if (!page) return;
    const target = scrollRef.current?.querySelector<HTMLElement>(`[data-page="${page}"]`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [page]);

  const create = useCoreMutation('passage:create', { invalidates: ['engagement'] });
  const makePassage = (then: (passage: Passage, quote: string) => void) => {
    if (!selection) return;
    const { text, page: onPage } = selection;
    create.mutate(
      { engagementId, documentId, fields: { text, page: onPage } },
      {
        onSuccess: (passage) => {
          window.getSelection()?.removeAllRanges();
          setSelection(null);
          then(passage, text);
        },
      },
    );
  };

  const keepSelection = (event: MouseEvent) => event.preventDefault();

  return (
    <Paper withBorder radius="md">
      <Group
        justify="space-between"
        gap="xs"
        px="md"
        py="xs"
        className={classes.selectionBar}
        aria-live="polite"
      >
        <Text size="sm" c="dimmed" className={classes.selectionHint} lineClamp={1}>
          {selection
            ? t('documentText.selected', {
                page: selection.page,
                text: quoted(selection.text),
              })
            : t('documentText.selectHint')}
        </Text>
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconQuote aria-hidden size={16} />}
            disabled={!selection}
            loading={create.isPending}
            onMouseDown={keepSelection}
            onClick={() => makePassage(() => notifySuccess(t('passages.saved')))}
          >
            {t('documentText.makePassage')}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconBulb aria-hidden size={16} />}
            disabled={!selection}
            onMouseDown={keepSelection}
            onClick={() => makePassage(onMakeFinding)}
          >
            {t('documentText.makeFinding')}
          </Button>
        </Group>
      </Group>
      <div ref={scrollRef} className={classes.pages}>
        {data.pages.map(({ page: number, text }) => (
          <section
            key={number}
            data-page={number}
            tabIndex={-1}
            className={classes.page}
            aria-label={t('documentText.page', { page: number })}
          >
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" className={classes.pageHeader}>
              {t('documentText.page', { page: number })}
            </Text>
            <div className={classes.pageText}>{text}</div>
          </section>
        ))}
      </div>
    </Paper>
  );
}
