/** A share in [0, 1] as a whole-number percentage, without the sign ("84" for 0.838): the views add " %". */
export const percent = (share: number): string => String(Math.round(share * 100));
