/**
 * The live plots, in one chunk with the chart library: the overview's panels load it with their
 * first live plot (see family-panel.tsx), not with the panels themselves.
 */
export { BulletChart } from './bullet-chart'
export { TargetBarChart } from './target-bar-chart'
