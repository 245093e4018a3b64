import { formatReturnCode, type MailLanguage } from '@inbreng/contracts';

/** The path of "Mijn inbreng" in the web app. The code is never put in a URL: links end up in logs and history. */
export const MY_INPUT_PATH = '/mijn-inbreng';

export interface ReturnCodeMailInput {
  /** The return code, in any accepted form; shown grouped as on screen (K7M-3Q9-…). */
  returnCode: string;
  workspaceName: string;
  roundTitle: string;
  language: MailLanguage;
  /** PUBLIC_BASE_URL, without a trailing slash. */
  publicBaseUrl: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

interface Texts {
  subject: (round: string) => string;
  greeting: string;
  tookPart: (round: string, workspace: string) => string;
  asked: string;
  codeHeading: string;
  usesHeading: string;
  uses: string[];
  howHeading: string;
  goTo: string;
  enter: string;
  keepStrong: string;
  keep: string;
  notYou: string;
  address: string;
  signOff: (workspace: string) => string;
  automatic: string;
}

/** B1 language: short sentences, everyday words, one idea per sentence. */
const TEXTS: Record<MailLanguage, Texts> = {
  nl: {
    subject: (round) => `Jouw code voor ${round}`,
    greeting: 'Hallo,',
    tookPart: (round, workspace) =>
      `Je hebt meegedaan aan ‘${round}’ van ${workspace}. Bedankt voor je inbreng!`,
    asked: 'Je vroeg ons om je code te mailen. Hier is hij:',
    codeHeading: 'Jouw code',
    usesHeading: 'Wat kun je met deze code?',
    uses: [
      'Terugkomen en zien wat er met je inbreng is gebeurd.',
      'Meer insturen, zolang de ronde nog open is.',
      'Alles wat je hebt ingestuurd downloaden of verwijderen.',
    ],
    howHeading: 'Zo gebruik je de code',
    goTo: 'Ga naar',
    enter: 'Vul daar je code in.',
    keepStrong: 'Bewaar deze mail goed.',
    keep: 'Iedereen die deze code heeft, kan zien wat jij hebt ingestuurd. Geef de code dus niet aan anderen.',
    notYou: 'Heb je hier niet om gevraagd? Dan hoef je niets te doen. Je kunt deze mail weggooien.',
    address:
      'We gebruiken je e-mailadres alleen om deze ene mail te sturen. Daarna wissen we het. We bewaren het niet bij je inbreng.',
    signOff: (workspace) => `Groeten van ${workspace}`,
    automatic: 'Deze mail is automatisch verstuurd. Je kunt er niet op antwoorden.',
  },
  en: {
    subject: (round) => `Your code for ${round}`,
    greeting: 'Hello,',
    tookPart: (round, workspace) => `You took part in ‘${round}’ by ${workspace}. Thank you for your input!`,
    asked: 'You asked us to e-mail your code. Here it is:',
    codeHeading: 'Your code',
    usesHeading: 'What can you do with this code?',
    uses: [
      'Come back and see what happened with your input.',
      'Send more, as long as the round is open.',
      'Download or delete everything you sent.',
    ],
    howHeading: 'How to use the code',
    goTo: 'Go to',
    enter: 'Enter your code there.',
    keepStrong: 'Keep this e-mail safe.',
    keep: 'Anyone who has this code can see what you sent. So do not share the code with others.',
    notYou: 'Did you not ask for this? Then you do not need to do anything. You can delete this e-mail.',
    address:
      'We only use your e-mail address to send this one e-mail. After that, we delete it. We do not keep it with your input.',
    signOff: (workspace) => `Best wishes from ${workspace}`,
    automatic: 'This e-mail was sent automatically. You cannot reply to it.',
  },
};

/** The e-mail with a participant's return code, as plain text and simple, accessible HTML. Pure. */
export function composeReturnCodeMail(input: ReturnCodeMailInput): ComposedMail {
  const t = TEXTS[input.language];
  const round = oneLine(input.roundTitle);
  const workspace = oneLine(input.workspaceName);
  const code = formatReturnCode(input.returnCode.toUpperCase().replace(/[\s-]/g, ''));
  const link = `${input.publicBaseUrl.replace(/\/+$/, '')}${MY_INPUT_PATH}`;
  const subject = t.subject(round);

  const text = [
    t.greeting,
    '',
    t.tookPart(round, workspace),
    t.asked,
    '',
    `    ${code}`,
    '',
    t.usesHeading,
    ...t.uses.map((u) => `- ${u}`),
    '',
    `${t.howHeading}:`,
    `1. ${t.goTo} ${link}`,
    `2. ${t.enter}`,
    '',
    `${t.keepStrong} ${t.keep}`,
    '',
    t.notYou,
    '',
    t.address,
    '',
    t.signOff(workspace),
    '',
    `(${t.automatic})`,
    '',
  ].join('\n');

  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div style="max-width:36rem;margin:0 auto;padding:16px">
<p>${e(t.greeting)}</p>
<p>${e(t.tookPart(round, workspace))}</p>
<p>${e(t.asked)}</p>
<h1 style="font-size:20px;margin:24px 0 8px">${e(t.codeHeading)}</h1>
<p style="font-family:Consolas,Menlo,'DejaVu Sans Mono',monospace;font-size:26px;font-weight:bold;letter-spacing:2px;background:#eef3f4;border-radius:4px;padding:12px 16px;margin:0 0 16px">${e(code)}</p>
<h2 style="font-size:18px;margin:24px 0 8px">${e(t.usesHeading)}</h2>
<ul>
${t.uses.map((u) => `<li>${e(u)}</li>`).join('\n')}
</ul>
<h2 style="font-size:18px;margin:24px 0 8px">${e(t.howHeading)}</h2>
<ol>
<li>${e(t.goTo)} <a href="${e(link)}" style="color:#0b5c73;text-decoration:underline">${e(link)}</a></li>
<li>${e(t.enter)}</li>
</ol>
<p><strong>${e(t.keepStrong)}</strong> ${e(t.keep)}</p>
<p>${e(t.notYou)}</p>
<p>${e(t.address)}</p>
<p>${e(t.signOff(workspace))}</p>
<p style="color:#555555;font-size:14px">${e(t.automatic)}</p>
</div>
</body>
</html>
`;
  return { subject, text, html };
}

/** Titles are staff input: one line, so they cannot break a header or the layout. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
