import type { Engagement } from './engagement.js';
import type { StakeholderGroup } from './stakeholder.js';

export interface ChecklistItemState {
  id: string;
  label: string;
  hint: string | null;
  done: boolean;
  doneAt: string | null;
}

export interface StepOverview {
  id: string;
  number: number;
  title: string;
  summary: string;
  items: ChecklistItemState[];
  doneCount: number;
  totalCount: number;
}

export interface Theme {
  id: string;
  name: string;
  color: string;
  sortOrder: number;
}

export interface EngagementOverview {
  engagement: Engagement;
  steps: StepOverview[];
  stakeholderCount: number;
  stakeholdersByGroup: Partial<Record<StakeholderGroup, number>>;
  themes: Theme[];
}
