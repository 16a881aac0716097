// Pure SVG charts: plain data in, an SVG document as text out. No DOM, no Node: the renderer
// shows them inline and the exports rasterise them for Word and Excel.
export { forceFieldChart, forceFieldGeometry, cellAt, cellCentre } from './force-field-chart.js';
export type {
  ForceFieldChartInput,
  ForceFieldChartParty,
  ForceFieldGeometry,
} from './force-field-chart.js';
export { valueMapChart } from './value-map-chart.js';
export type { ValueMapChartInput } from './value-map-chart.js';
export { icebergChart } from './iceberg-chart.js';
export type { IcebergChartInput } from './iceberg-chart.js';
export { escapeXml, wrapText, truncate } from './svg.js';
export { timelineChart } from './timeline-chart.js';
export type { TimelineChartEvent, TimelineChartInput } from './timeline-chart.js';
export { roadmapTimelineChart, roadmapTimelineLayout } from './roadmap-timeline-chart.js';
export type {
  RoadmapTimelineBar,
  RoadmapTimelineInput,
  RoadmapTimelineItem,
  RoadmapTimelineKind,
  RoadmapTimelineLabels,
  RoadmapTimelineLane,
  RoadmapTimelineLaneBox,
  RoadmapTimelineLayout,
  RoadmapTimelineStatus,
  RoadmapTimelineZoom,
} from './roadmap-timeline-chart.js';
