import { A4_LANDSCAPE, DL_PANEL, type SizeProfile } from '../print/sizes.js';
import type { ImpositionPlan, Slot } from './impose.js';

/**
 * Page pairs for each sheet side of a saddle-stitched booklet, 0-based: for 8 pages,
 * [7,0] [1,6] [5,2] [3,4] (front of sheet 1, back of sheet 1, …). Print duplex, flip on short edge.
 * @param pageCount A multiple of four.
 * @returns [left, right] page indexes per side.
 */
export function saddleStitchOrder(pageCount: number): Array<[number, number]> {
  if (pageCount % 4 !== 0) throw new Error(`saddleStitchOrder: ${pageCount} is not a multiple of 4`);
  const sides: Array<[number, number]> = [];
  for (let sheet = 0; sheet < pageCount / 4; sheet += 1) {
    const outer = pageCount - 1 - 2 * sheet;
    const inner = 2 * sheet;
    sides.push([outer, inner], [inner + 1, outer - 1]);
  }
  return sides;
}

/**
 * A booklet 2-up on A4 landscape sheets, in saddle-stitch order, folded down the middle.
 * @param size The booklet's page size.
 * @param pageCount Its pages, a multiple of four.
 * @param bleed Bleed rendered around each page, in points.
 * @returns The imposition plan.
 */
export function bookletPlan(size: SizeProfile, pageCount: number, bleed: number): ImpositionPlan {
  return {
    sheet: A4_LANDSCAPE,
    page: size,
    sheets: saddleStitchOrder(pageCount).map(([left, right]) => [
      { page: left, x: 0, width: size.width },
      { page: right, x: size.width, width: size.width },
    ]),
    bleed,
    folds: [size.width],
  };
}

/**
 * Roll fold from an A4 sheet. Outside, left to right: the tuck-in panel (97 mm), the back
 * (100 mm), the front cover (100 mm). Inside: three panels 100 / 100 / 97 mm, read left to
 * right once the leaflet is open. Reading order: cover, tuck-in flap, inside ×3; the back
 * panel carries the bio and the disclaimer.
 * @param size The panel page size.
 * @param backPage 0-based index of the back panel's page (it follows the flow).
 * @param flowPanels Panels the cover and text fill; later flow slots stay empty.
 * @param bleed Bleed rendered around each panel, in points.
 * @returns The imposition plan.
 */
export function trifoldPlan(size: SizeProfile, backPage: number, flowPanels: number, bleed: number): ImpositionPlan {
  const full = DL_PANEL.width;
  const tuck = DL_PANEL.tuckInWidth;
  const flow = (n: number) => (n < flowPanels ? n : null);
  const outside: Slot[] = [
    { page: flow(1), x: 0, width: tuck },
    { page: backPage, x: tuck, width: full },
    { page: flow(0), x: tuck + full, width: full },
  ];
  const inside: Slot[] = [
    { page: flow(2), x: 0, width: full },
    { page: flow(3), x: full, width: full },
    { page: flow(4), x: 2 * full, width: tuck },
  ];
  return { sheet: A4_LANDSCAPE, page: size, sheets: [outside, inside], bleed, folds: [tuck, tuck + full] };
}
