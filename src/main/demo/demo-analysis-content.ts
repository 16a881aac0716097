// Step 1 of the demo engagement (documents, interviews, findings) as pure data, split over
// three files by kind so each stays readable. The code that stores it goes through the core.

export { demoDocuments } from './demo-documents.js';
export { demoFindings } from './demo-findings.js';
export { demoInterviews } from './demo-interviews.js';
export type {
  DemoDocument,
  DemoFinding,
  DemoFindingSource,
  DemoInterview,
} from './demo-analysis-types.js';
