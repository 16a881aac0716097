import type { NamespaceTexts } from './translator.js';

// The `shell` namespace: what the Electron shell itself says (menu, native dialogs, error
// boxes). Placeholders are i18next's {{name}}; shell.test.ts checks both languages match.

const nl = {
  menu: {
    file: 'Bestand',
    new: 'Nieuw traject',
    open: 'Openen…',
    recent: 'Recent geopend',
    noRecent: 'Geen recente bestanden',
    recentMissing: '{{title}} (ontbreekt)',
    saveAs: 'Opslaan als…',
    close: 'Sluiten',
    quit: 'Afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    resetZoom: 'Ware grootte',
    fullScreen: 'Volledig scherm',
    reload: 'Opnieuw laden',
    devTools: 'Ontwikkelhulpmiddelen',
    help: 'Help',
    about: 'Over Koers',
    hide: 'Koers verbergen',
    hideOthers: 'Andere verbergen',
    showAll: 'Alles tonen',
    services: 'Voorzieningen',
  },
  dialog: {
    koersFiles: 'Koers-traject',
    copyName: '{{name}} (kopie).koers',
    addDocumentsTitle: 'Documenten toevoegen',
    addDocumentsButton: 'Toevoegen',
    documents: 'Documenten',
    allFiles: 'Alle bestanden',
    saveDocumentTitle: 'Document opslaan',
    wordDocument: 'Word-document',
    excelWorkbook: 'Excel-werkmap',
    pdfDocument: 'PDF-document',
    pngImage: 'PNG-afbeelding',
    svgImage: 'SVG-afbeelding',
    openFailed: 'Openen is niet gelukt',
  },
  field: {
    input: 'invoer',
    file: 'bestand',
  },
  core: {
    hostStopped:
      'de verwerking van Koers stopte onverwacht en wordt opnieuw gestart; open uw traject daarna opnieuw',
    hostStopping: 'Koers wordt afgesloten',
    hostNotStarted: 'de verwerking van Koers kon niet starten: {{detail}}',
    crashedTitle: 'Koers is even gestopt',
    crashedMessage:
      'Het deel van Koers dat uw trajecten bewaart, stopte onverwacht. Alles wat u had opgeslagen, staat veilig in het bestand. Open uw traject opnieuw om verder te werken.',
  },
  startup: {
    failedTitle: 'Koers kan niet starten',
    nativeMissing:
      'De SQLite-module voor Electron ontbreekt ({{path}}). Voer "node scripts/electron-native.mjs" uit of start met "npm start".',
  },
};

type ShellTexts = typeof nl;

const en: ShellTexts = {
  menu: {
    file: 'File',
    new: 'New engagement',
    open: 'Open…',
    recent: 'Open recent',
    noRecent: 'No recent files',
    recentMissing: '{{title}} (missing)',
    saveAs: 'Save as…',
    close: 'Close',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    reload: 'Reload',
    devTools: 'Developer tools',
    help: 'Help',
    about: 'About Koers',
    hide: 'Hide Koers',
    hideOthers: 'Hide others',
    showAll: 'Show all',
    services: 'Services',
  },
  dialog: {
    koersFiles: 'Koers engagement',
    copyName: '{{name}} (copy).koers',
    addDocumentsTitle: 'Add documents',
    addDocumentsButton: 'Add',
    documents: 'Documents',
    allFiles: 'All files',
    saveDocumentTitle: 'Save document',
    wordDocument: 'Word document',
    excelWorkbook: 'Excel workbook',
    pdfDocument: 'PDF document',
    pngImage: 'PNG image',
    svgImage: 'SVG image',
    openFailed: 'Could not open the file',
  },
  field: {
    input: 'input',
    file: 'file',
  },
  core: {
    hostStopped:
      'the part of Koers that does the work stopped unexpectedly and is being restarted; open your engagement again afterwards',
    hostStopping: 'Koers is shutting down',
    hostNotStarted: 'the part of Koers that does the work could not start: {{detail}}',
    crashedTitle: 'Koers stopped for a moment',
    crashedMessage:
      'The part of Koers that keeps your engagements stopped unexpectedly. Everything you saved is safe in the file. Open your engagement again to continue.',
  },
  startup: {
    failedTitle: 'Koers cannot start',
    nativeMissing:
      'The SQLite module for Electron is missing ({{path}}). Run "node scripts/electron-native.mjs" or start with "npm start".',
  },
};

export const shellMessages: NamespaceTexts<ShellTexts> = { nl, en };
