// UI texts of shared by every screen: the app, actions, languages, errors, units (English).
import type { CommonTexts } from './common.nl.js';

export const commonEn: CommonTexts = {
  app: {
    name: 'Koers',
    tagline: 'Workbench for data-driven working engagements',
    loading: 'Loading…',
    home: 'To the start page',
  },
  actions: {
    new: 'New engagement',
    open: 'Open…',
    openDemo: 'Open demo engagement',
    close: 'Close',
    saveAs: 'Save as…',
    rename: 'Rename…',
    save: 'Save',
    saveChanges: 'Save changes',
    cancel: 'Cancel',
    create: 'Create',
    delete: 'Delete',
    edit: 'Edit',
    add: 'Add',
    reopen: 'Open',
    removeFromList: 'Remove from list',
    more: 'More actions',
  },
  shortcuts: {
    hint: 'Shortcuts: {{mod}}+N new, {{mod}}+O open, {{mod}}+W close',
  },
  languages: {
    nl: 'Nederlands',
    en: 'English',
  },
  statuses: {
    voorbereiding: 'In preparation',
    lopend: 'In progress',
    afgerond: 'Completed',
    gearchiveerd: 'Archived',
  },
  errors: {
    title: 'That did not work',
    unexpected: 'Something unexpected went wrong. Please try again.',
    loadFailed: 'Loading failed',
    retry: 'Try again',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist.',
  },
  notify: {
    done: 'Done',
    undo: 'Undo',
    undone: 'Undone: everything is back.',
  },
  units: {
    kb: '{{value}} kB',
    mb: '{{value}} MB',
  },
  about: {
    title: 'About Koers',
    version: 'Version',
    schemaVersion: 'File version',
    workspaceDir: 'Workspace folder',
    dataDir: 'Application data',
  },
};
