/** Numbers a document writes in words, by their value: "ten lessons" is the "10 lessons" a question asks about. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90,
};

/** The digits an index word stands for, for a number word other than "one" (as often a pronoun), else null. */
export function numberWordDigits(word: string): string | null {
  const value = NUMBER_WORDS[word.toLowerCase()];
  return value !== undefined && value > 1 ? String(value) : null;
}
