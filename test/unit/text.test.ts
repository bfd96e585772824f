import { describe, it, expect } from 'vitest';
import { guessLatinLang } from '../../utils/common/text';

const SAMPLES: Record<string, string> = {
  en: 'The council met on Tuesday to discuss the budget, and members agreed that the figures would be published next week after a long debate about schools and roads.',
  de: 'Der Stadtrat hat am Dienstag über den Haushalt beraten, und die Mitglieder waren sich einig, dass die Zahlen nach einer langen Debatte über Schulen veröffentlicht werden.',
  fr: 'Le conseil municipal s’est réuni mardi pour discuter du budget, et les membres ont convenu que les chiffres seront publiés la semaine prochaine après un long débat sur les écoles.',
  es: 'El consejo se reunió el martes para discutir el presupuesto, y los miembros acordaron que las cifras se publicarán la próxima semana después de un largo debate sobre las escuelas.',
  it: 'Il consiglio comunale si è riunito martedì per discutere del bilancio, e i membri hanno concordato che i dati saranno pubblicati la prossima settimana dopo un lungo dibattito sulle scuole.',
  pt: 'O conselho municipal reuniu-se na terça-feira para discutir o orçamento, e os membros concordaram que os números serão publicados na próxima semana depois de um longo debate sobre as escolas.',
  nl: 'De gemeenteraad is dinsdag bijeengekomen om de begroting te bespreken, en de leden waren het erover eens dat de cijfers volgende week worden gepubliceerd na een lang debat over de scholen.',
};

describe('guessLatinLang', () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`recognises ${lang}`, () => {
      expect(guessLatinLang(text)).toBe(lang);
    });
  }

  it('returns null when unsure: too short, not Latin script, or no function words', () => {
    expect(guessLatinLang('Breaking news')).toBeNull();
    expect(
      guessLatinLang('أعلنت وزارة النقل العراقية إطلاق المرحلة الثانية من مشروع طريق التنمية الذي يربط ميناء الفاو'),
    ).toBeNull();
    expect(
      guessLatinLang('Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Omicron Sigma Tau Upsilon'),
    ).toBeNull();
  });

  it('does not read Latin placeholder text as French for its "et" and "est"', () => {
    const lorem =
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur, et est laborum.';
    expect(guessLatinLang(lorem)).toBeNull();
  });

  it('reads only a bounded sample of a long text', () => {
    const text = `${SAMPLES.en!} `.repeat(50) + `${SAMPLES.de!} `.repeat(2000);
    expect(guessLatinLang(text)).toBe('en');
  });
});
