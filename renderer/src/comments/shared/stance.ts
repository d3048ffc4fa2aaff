import { STANCES, type Stance } from '../../../../shared/domain/comments';

export { STANCES };
export type { Stance };

/** The class that colours a stance (chip, marker): green, red or blue-grey; never colour alone, always with its words. */
export function stanceClass(stance: Stance): string {
  return `stance-${stance.replace(/_/gu, '-')}`;
}
