/** The 17 UN Sustainable Development Goals with their official colours. */
export interface Sdg {
  number: number;
  title: string;
  colour: string;
}

export const SDGS: readonly Sdg[] = [
  { number: 1, title: 'No Poverty', colour: '#E5243B' },
  { number: 2, title: 'Zero Hunger', colour: '#DDA63A' },
  { number: 3, title: 'Good Health and Well-being', colour: '#4C9F38' },
  { number: 4, title: 'Quality Education', colour: '#C5192D' },
  { number: 5, title: 'Gender Equality', colour: '#FF3A21' },
  { number: 6, title: 'Clean Water and Sanitation', colour: '#26BDE2' },
  { number: 7, title: 'Affordable and Clean Energy', colour: '#FCC30B' },
  { number: 8, title: 'Decent Work and Economic Growth', colour: '#A21942' },
  { number: 9, title: 'Industry, Innovation and Infrastructure', colour: '#FD6925' },
  { number: 10, title: 'Reduced Inequalities', colour: '#DD1367' },
  { number: 11, title: 'Sustainable Cities and Communities', colour: '#FD9D24' },
  { number: 12, title: 'Responsible Consumption and Production', colour: '#BF8B2E' },
  { number: 13, title: 'Climate Action', colour: '#3F7E44' },
  { number: 14, title: 'Life Below Water', colour: '#0A97D9' },
  { number: 15, title: 'Life on Land', colour: '#56C02B' },
  { number: 16, title: 'Peace, Justice and Strong Institutions', colour: '#00689D' },
  { number: 17, title: 'Partnerships for the Goals', colour: '#19486A' },
];

export function isSdgNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= SDGS.length;
}

export function sdgByNumber(value: number): Sdg | undefined {
  return SDGS[value - 1];
}
