declare module 'sbd' {
  /** Splits text into sentences (sbd's rules). */
  export function sentences(text: string, options?: object): string[];
  const sbd: { sentences: typeof sentences };
  export default sbd;
}
