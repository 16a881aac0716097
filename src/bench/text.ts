// Deterministic "Dutch-ish" text for the stress engagement: the same seed always gives the
// same words, so a cached file and a fresh one hold the same engagement.

const WORDS = (
  'de het een en van in op met voor aan bij dat die niet ook maar wel nog als om te zijn wordt ' +
  'gemeente college raad wethouder burgemeester directie afdeling team programma organisatie ' +
  'inwoners ondernemers partners regio provincie samenwerking dienstverlening beleid uitvoering ' +
  'data gegevens informatie dashboard rapportage monitor kwaliteit registratie koppeling bron ' +
  'privacy ethiek algoritme transparantie verantwoording toezicht avg dpia functionaris ' +
  'woningbouw armoede jeugdzorg wmo participatie veiligheid mobiliteit energietransitie klimaat ' +
  'sturing besluitvorming cultuur vaardigheden opleiding capaciteit budget planning prioriteit ' +
  'ambitie uitdaging kans risico randvoorwaarde visie strategie doel resultaat effect impact ' +
  'analyse onderzoek evaluatie verbetering experiment pilot project proces systeem applicatie ' +
  'medewerkers managers adviseurs beheerders analisten specialisten leidinggevenden collega ' +
  'belangrijk lastig nodig duidelijk beter sneller samen eerst vooral vaak soms nooit altijd ' +
  'willen moeten kunnen gebruiken delen verbeteren sturen meten leren begrijpen vertrouwen ' +
  'privé coöperatie één financiën geïnteresseerd reëel café überhaupt'
).split(' ');

export const VOCABULARY: readonly string[] = WORDS;

/** xorshift32: small, fast and the same on every platform. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    return x;
  }
  int(below: number): number {
    return this.next() % below;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** About `count` words in sentences of 6–18 words, with capitals and full stops. */
export function sentences(random: Random, count: number): string {
  const out: string[] = [];
  let left = count;
  while (left > 0) {
    const length = Math.min(left, 6 + random.int(13));
    const words = Array.from({ length }, () => random.pick(WORDS));
    const first = words[0]!;
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    out.push(`${words.join(' ')}.`);
    left -= length;
  }
  return out.join(' ');
}

/** The editor's JSON for plain paragraphs, as the renderer would store it. */
export function notesJson(text: string): string {
  return JSON.stringify({
    type: 'doc',
    content: text
      .split(/(?<=\.) (?=[A-Z])/)
      .reduce<string[][]>((paras, sentence, i) => {
        if (i % 5 === 0) paras.push([]);
        paras[paras.length - 1]!.push(sentence);
        return paras;
      }, [])
      .map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p.join(' ') }] })),
  });
}
