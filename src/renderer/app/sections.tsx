import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import {
  IconBulb,
  IconCalendarEvent,
  IconChartRadar,
  IconCompass,
  IconFileExport,
  IconFiles,
  IconGavel,
  IconLayoutDashboard,
  IconMicrophone,
  IconPresentation,
  IconRoute,
  IconSettings,
  IconTable,
  IconTargetArrow,
  IconTimeline,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { Engagement } from '../../shared/domain/engagement';

// The one list of Koers's screens. The router, the engagement's side navigation and the page
// shown all read it, so a new area is one entry here (plus its page and its texts).

/** What the engagement layout hands every section's page. */
export interface SectionPageProps {
  engagementId: string;
  engagement: Engagement;
  /** One record of the section (a document, an interview), when the URL names one. */
  itemId?: string;
  /** A place inside that record to go to (an interview question), from `?q=`. */
  focus?: string;
  /** A page of a document to scroll to, from `?page=`. */
  page?: number;
  /** A full-screen view of the record (the section's `views`), from `/<record>/<view>`. */
  view?: string;
}

interface SectionBase {
  id: string;
  /** The URL: `#/<path>` without an engagement, `#/e/<engagement>/<path>` with one. */
  path: string;
  /** Shown in the engagement's side navigation; null for screens outside it. */
  navLabel: string | null;
  icon: Icon | null;
  /** The method step (resources/method/steps.json `number`) it serves; null: the whole engagement. */
  step: number | null;
  /** Its records have a page of their own: `#/e/<engagement>/<path>/<record>[?q=<place>]`. */
  hasItems: boolean;
  /**
   * Full-screen views of one record, `#/e/<engagement>/<path>/<record>/<view>`: shown without
   * the engagement's header and navigation (a session's room display).
   */
  views?: readonly string[];
}

// Pages are loaded on first visit. Lazy also keeps this table free of static imports of the
// pages, which import the router, which reads this table.
type SectionDescriptor =
  | (SectionBase & {
      /** Shown inside an open engagement, under its header and beside its navigation. */
      needsEngagement: true;
      Page: LazyExoticComponent<ComponentType<SectionPageProps>>;
    })
  | (SectionBase & {
      /** A screen of its own, such as the home screen. */
      needsEngagement: false;
      Page: LazyExoticComponent<ComponentType>;
    });

/** React.lazy for a named export: a section's page inside an engagement. */
const sectionPage = <M,>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<SectionPageProps>,
): LazyExoticComponent<ComponentType<SectionPageProps>> =>
  lazy(async () => ({ default: pick(await load()) }));

/** React.lazy for a named export: a screen of its own. */
const screenPage = <M,>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): LazyExoticComponent<ComponentType> => lazy(async () => ({ default: pick(await load()) }));

export const SECTIONS = [
  {
    id: 'home',
    path: '',
    navLabel: null,
    icon: null,
    Page: screenPage(
      () => import('../pages/home/HomePage'),
      (m) => m.HomePage,
    ),
    step: null,
    needsEngagement: false,
    hasItems: false,
  },
  {
    id: 'overview',
    path: 'overview',
    navLabel: 'engagement.overview',
    icon: IconLayoutDashboard,
    Page: sectionPage(
      () => import('../pages/overview/OverviewPage'),
      (m) => m.OverviewPage,
    ),
    step: null,
    needsEngagement: true,
    hasItems: false,
  },
  {
    id: 'stakeholders',
    path: 'stakeholders',
    navLabel: 'engagement.stakeholders',
    icon: IconUsers,
    Page: sectionPage(
      () => import('../pages/stakeholders/StakeholdersPage'),
      (m) => m.StakeholdersPage,
    ),
    step: 1,
    needsEngagement: true,
    hasItems: false,
  },
  {
    id: 'documents',
    path: 'documents',
    navLabel: 'engagement.documents',
    icon: IconFiles,
    Page: sectionPage(
      () => import('../pages/documents/DocumentsSection'),
      (m) => m.DocumentsSection,
    ),
    step: 1,
    needsEngagement: true,
    hasItems: true,
  },
  {
    id: 'interviews',
    path: 'interviews',
    navLabel: 'engagement.interviews',
    icon: IconMicrophone,
    Page: sectionPage(
      () => import('../pages/interviews/InterviewsSection'),
      (m) => m.InterviewsSection,
    ),
    step: 1,
    needsEngagement: true,
    hasItems: true,
  },
  {
    id: 'findings',
    path: 'findings',
    navLabel: 'engagement.findings',
    icon: IconBulb,
    Page: sectionPage(
      () => import('../pages/findings/FindingsPage'),
      (m) => m.FindingsPage,
    ),
    step: 1,
    needsEngagement: true,
    hasItems: false,
  },
  {
    id: 'matrix',
    path: 'matrix',
    navLabel: 'engagement.matrix',
    icon: IconTable,
    Page: sectionPage(
      () => import('../pages/matrix/MatrixPage'),
      (m) => m.MatrixPage,
    ),
    step: 1,
    needsEngagement: true,
    hasItems: false,
  },
  {
    id: 'sessions',
    path: 'sessions',
    navLabel: 'engagement.sessions',
    icon: IconPresentation,
    Page: sectionPage(
      () => import('../pages/sessions/SessionsSection'),
      (m) => m.SessionsSection,
    ),
    step: 2,
    needsEngagement: true,
    hasItems: true,
    views: ['room'],
  },
  {
    id: 'vision',
    path: 'visie',
    navLabel: 'vision.nav',
    icon: IconCompass,
    Page: sectionPage(
      () => import('../pages/vision/VisionPage'),
      (m) => m.VisionPage,
    ),
    step: 3,
    needsEngagement: true,
    hasItems: false,
  },
  {
    id: 'stakeholderTools',
    path: 'stakeholder-tools',
    navLabel: 'engagement.stakeholderTools',
    icon: IconTargetArrow,
    Page: sectionPage(
      () => import('../pages/stakeholder-tools/StakeholderToolsPage'),
      (m) => m.StakeholderToolsPage,
    ),
    step: 4,
    needsEngagement: true,
    hasItems: false,
  },
  {
    id: 'adoption',
    path: 'vaststelling',
    navLabel: 'adoption.nav',
    icon: IconGavel,
    Page: sectionPage(
      () => import('../pages/adoption/AdoptionPage'),
      (m) => m.AdoptionPage,
    ),
    step: 4,
    needsEngagement: true,
    hasItems: false,
  },
  {
    id: 'timeline',
    path: 'tijdlijn',
    navLabel: 'timeline.nav',
    icon: IconCalendarEvent,
    Page: sectionPage(
      () => import('../pages/adoption/TimelinePage'),
      (m) => m.TimelinePage,
    ),
    step: 4,
    needsEngagement: true,
    hasItems: false,
  },
  // The nulmeting: how data-wise the organisation is now and wants to be, the start of the
  // routekaart that follows the vision.
  {
    id: 'nulmeting',
    path: 'nulmeting',
    navLabel: 'nulmeting.nav',
    icon: IconChartRadar,
    Page: sectionPage(
      () => import('../pages/nulmeting/NulmetingPage'),
      (m) => m.NulmetingPage,
    ),
    step: 4,
    needsEngagement: true,
    hasItems: false,
  },
  // The routekaart: the vision worked out into actions over the next years (issue 16).
  {
    id: 'roadmap',
    path: 'routekaart',
    navLabel: 'roadmap.nav',
    icon: IconTimeline,
    Page: sectionPage(
      () => import('../pages/roadmap/RoadmapPage'),
      (m) => m.RoadmapPage,
    ),
    step: 4,
    needsEngagement: true,
    // `routekaart/<action>`: the plan with that action selected (a link from the trace view).
    hasItems: true,
  },
  // The trace view: from a finding (its id in the URL) to the passages it supports, and from a
  // passage back to its findings. Reached from those records, so not in the navigation.
  {
    id: 'trace',
    path: 'herleiden',
    navLabel: null,
    icon: IconRoute,
    Page: sectionPage(
      () => import('../pages/trace/FindingTracePage'),
      (m) => m.FindingTracePage,
    ),
    step: null,
    needsEngagement: true,
    hasItems: true,
  },
  {
    id: 'tracePassage',
    path: 'herleiden-passage',
    navLabel: null,
    icon: IconRoute,
    Page: sectionPage(
      () => import('../pages/trace/PassageTracePage'),
      (m) => m.PassageTracePage,
    ),
    step: null,
    needsEngagement: true,
    hasItems: true,
  },
  {
    id: 'exports',
    path: 'exports',
    navLabel: 'engagement.exports',
    icon: IconFileExport,
    Page: sectionPage(
      () => import('../pages/exports/ExportsPage'),
      (m) => m.ExportsPage,
    ),
    step: null,
    needsEngagement: true,
    hasItems: false,
  },
  {
    id: 'settings',
    path: 'settings',
    navLabel: 'engagement.settings',
    icon: IconSettings,
    Page: sectionPage(
      () => import('../pages/settings/SettingsPage'),
      (m) => m.SettingsPage,
    ),
    step: null,
    needsEngagement: true,
    hasItems: false,
  },
] as const satisfies readonly SectionDescriptor[];

export type Section = (typeof SECTIONS)[number];
export type SectionId = Section['id'];
export type EngagementSection = Extract<Section, { needsEngagement: true }>;
export type EngagementSectionId = EngagementSection['id'];
export type ScreenSection = Extract<Section, { needsEngagement: false }>;
export type ScreenSectionId = ScreenSection['id'];

/** The section an engagement opens on, and `#/e/<engagement>` shows. */
export const DEFAULT_ENGAGEMENT_SECTION: EngagementSectionId = 'overview';

export const screenSection = (id: ScreenSectionId): ScreenSection | undefined =>
  SECTIONS.find((s): s is ScreenSection => !s.needsEngagement && s.id === id);
export const engagementSection = (id: EngagementSectionId): EngagementSection | undefined =>
  SECTIONS.find((s): s is EngagementSection => s.needsEngagement && s.id === id);

/** The engagement's side navigation, in table order. */
export const NAV_SECTIONS = SECTIONS.filter(
  (s): s is Extract<EngagementSection, { navLabel: string }> =>
    s.needsEngagement && s.navLabel !== null,
);
