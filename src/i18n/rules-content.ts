/**
 * The text of the "Rules and limits" view, in English and French. The French object is typed against the same
 * interface as the English one, so no section, claim or reference exists in one language only; the unit test
 * also checks that both languages have the same number of items and cite the same sources, item by item.
 *
 * Sources were checked against stored copies of the pages listed in `references`; where a detail could not be
 * checked (an exact headline, a journal number) it is left out rather than guessed.
 */
import type { Locale } from './i18n';

/** Every source the view cites, in the order of the references list. */
export const SOURCE_IDS = [
  'nextinpact2020',
  'minutes2020',
  'bfmtv2020',
  'bfmbusiness2020',
  'cnilRatp2020',
  'huffpost2020',
  'cnil2020',
  'lexing2020',
  'gazette2020',
  'cnilOpinion2020',
  'cnil2021',
  'decree2021',
  'gdpr',
  'aiAct',
  'disclose2023',
  'next2024',
  'franceinfo2024',
  'cnilClearview2022',
  'noyb2022',
  'complianceweek2022',
  'apClearview2024',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** One entry of the references list. `title` keeps the document's own language. */
export interface Reference {
  /** Short form shown next to a claim, e.g. "CNIL, 17 June 2020". */
  short: string;
  title: string;
  /** Language of `title` (BCP 47), so screen readers pronounce it right. */
  titleLang: string;
  issuer: string;
  date: string;
  /** Official number, NOR, ELI or similar, when there is one; otherwise the address of the stored copy. */
  identifier: string;
  /** Address of the document (or of the stored copy that was checked), as plain text; '' when none is known. */
  url: string;
}

/** What the vendor or its clients said, next to what Headcount lets you test about it. */
export interface Claim {
  claim: string;
  who: string;
  test: string;
  sources: readonly SourceId[];
}

/** A titled paragraph with its sources (a CNIL response, an article of law, a case). */
export interface SourcedItem {
  title: string;
  text: string;
  /** What it means for a mask-counting camera. */
  relevance: string;
  sources: readonly SourceId[];
}

export interface SourcedParagraph {
  text: string;
  sources: readonly SourceId[];
}

export interface LimitsLabels {
  heading: string;
  intro: string;
  notMeasured: string;
  measure: string;
  value: string;
  sourceLabel: string;
  /** `{n}` is the sample size. */
  sampleSize: string;
  /** `{low}` and `{high}` are the interval bounds. */
  interval: string;
  detector: string;
  detectorRecall: { with_mask: string; without_mask: string; mask_incorrect: string };
  precision: string;
  maskedShare: string;
  /** `{true}` and `{estimated}` are percentages. */
  maskedShareValue: string;
  smallestFace: string;
  /** `{px}` is a number of pixels. */
  pixels: string;
  classifier: string;
  accuracy: string;
  classRecall: { with_mask: string; without_mask: string; mask_incorrect: string };
  unknownShare: string;
  pipelineMaskedShare: string;
  /** Labelled right on the same real faces, per class: this page, then AIZOO's public detector. */
  peerRight: { with_mask: string; without_mask: string; mask_incorrect: string };
  /** `{page}` and `{peer}` are percentages. */
  peerValue: string;
  /** `{page}` and `{peer}` are numbers of faces. */
  peerSampleSizes: string;
  shake: string;
  shakeDetection: string;
  /** `{amplitude}` and `{hz}` are ranges, e.g. "15–25" and "2–3". */
  shakeHardestBand: string;
  falseOptOuts: string;
  /** `{minutes}` and `{clips}` are numbers: the real footage the count rests on. */
  realFalseOptOuts: string;
  /** `{cuts}` is a number: the video cuts the count rests on. */
  cutOptOuts: string;
}

export interface RulesContent {
  title: string;
  lead: string;
  sourcesLabel: string;
  /** The contents list's heading, and what a collapsed section's heading offers. */
  contents: string;
  story: {
    heading: string;
    paragraphs: readonly SourcedParagraph[];
    claimsHeading: string;
    saidLabel: string;
    testLabel: string;
    claims: readonly Claim[];
  };
  cnil: { heading: string; intro: string; items: readonly SourcedItem[] };
  law: { heading: string; intro: string; relevanceLabel: string; items: readonly SourcedItem[] };
  context: { heading: string; intro: string; items: readonly SourcedItem[] };
  limits: LimitsLabels;
  /** Why two detectors give two numbers; the measured tables come from models/detection-figures.json. */
  detectors: {
    heading: string;
    paragraphs: readonly string[];
    /** `{set}` is the data set's name. */
    measuredOn: string;
    /** `{name}` is the detector, `{score}` its score threshold. */
    caption: string;
    counts: string;
    meaning: string;
  };
  references: { heading: string; note: string; entries: Readonly<Record<SourceId, Reference>> };
}

const URL = {
  nextinpact2020: 'https://next.ink/6033/108956-la-cnil-se-penche-sur-camerasdetectant-port-masque',
  minutes2020:
    'https://www.20minutes.fr/nice/2768871-20200428-coronavirus-cannes-surprise-marches-cameras-verifient-si-bien-masques',
  bfmtv2020:
    'https://l.bfmtv.com/tech/vie-numerique/a-cannes-des-cameras-intelligentes-pour-reperer-les-passants-sans-masques_AV-202004280128.html',
  bfmbusiness2020:
    'https://l.bfmtv.com/economie/entreprises/transports/deconfinement-des-cameras-detecteront-le-port-du-masque-a-la-station-chatelet_AN-202005070281.html',
  cnilRatp2020: 'https://data.technopolice.fr/fr/entity/rgp85zlnz8e',
  huffpost2020:
    'https://www.huffingtonpost.fr/entry/a-paris-les-cameras-de-detection-de-masques-de-la-ratp-desactivees-car-trop-intrusives_fr_5ef101fcc5b662639f3ff8b5',
  cnil2020:
    'https://www.cnil.fr/fr/la-cnil-appelle-la-vigilance-sur-lutilisation-des-cameras-dites-intelligentes-et-des-cameras',
  lexing2020: 'https://lexing.law/avocats/cameras-intelligentes-et-cameras-thermiques-face-au-covid-19/2020/06/22',
  gazette2020: 'https://www.lagazettedescommunes.com/684967/les-cameras-detectant-le-port-du-masque-mises-sur-pause/',
  cnilOpinion2020: '',
  cnil2021: 'https://www.cnil.fr/fr/node/389',
  decree2021: 'https://www.legifrance.gouv.fr/eli/decret/2021/3/10/TRAT2026819D/jo/texte',
  gdpr: 'http://data.europa.eu/eli/reg/2016/679/oj',
  aiAct: 'http://data.europa.eu/eli/reg/2024/1689/oj',
  disclose2023: '',
  next2024: 'https://next.ink/160665/briefcam-le-ministere-de-linterieur-mis-en-demeure-de-bloquer-la-reconnaissance-faciale/',
  franceinfo2024:
    'https://www.francetvinfo.fr/faits-divers/police/videosurveillance-la-cnil-met-en-demeure-le-ministere-de-l-interieur_6937949.html',
  cnilClearview2022: '',
  noyb2022: 'https://noyb.eu/node/367',
  complianceweek2022: 'https://bestofprivacy.com/enforcement/clearview-ai-fined-third-time-for-gdpr-violations3595/',
  apClearview2024:
    'https://autoriteitpersoonsgegevens.nl/system/files?file=2024-09/Besluit%20boete%20en%20lasten%20onder%20dwangsom%20Clearview.pdf',
} as const satisfies Record<SourceId, string>;

/** Titles stay in their own language in both versions. */
const TITLE = {
  nextinpact2020: 'La CNIL se penche sur les caméras détectant le port du masque',
  bfmtv2020: 'À Cannes, des caméras intelligentes pour repérer les passants sans masques',
  bfmbusiness2020: 'Déconfinement : des caméras détecteront le port du masque à la station Châtelet',
  cnilRatp2020: 'RE: Affichage expérimentation comptage masque RATP',
  huffpost2020: 'À Paris, les caméras thermiques de la RATP désactivées car trop intrusives',
  cnil2020:
    'La CNIL appelle à la vigilance sur l’utilisation des caméras dites « intelligentes » et des caméras thermiques',
  lexing2020: 'Caméras intelligentes et caméras thermiques face au covid-19',
  gazette2020: 'Les caméras détectant le port du masque mises sur pause',
  cnilOpinion2020:
    'Délibération n° 2020-136 du 17 décembre 2020 portant avis sur un projet de décret relatif au recours à la vidéo intelligente pour mesurer le taux de port de masque dans les transports',
  cnil2021:
    'La CNIL publie son avis sur le décret relatif à l’utilisation de la vidéo intelligente pour mesurer le port du masque dans les transports',
  decree2021:
    'Décret n° 2021-269 du 10 mars 2021 relatif au recours à la vidéo intelligente pour mesurer le taux de port de masque dans les transports',
  next2024: 'Briefcam : le ministère de l’Intérieur mis en demeure de bloquer la reconnaissance faciale',
  franceinfo2024: 'Vidéosurveillance : la CNIL met en demeure le ministère de l’Intérieur',
  cnilClearview2022: 'Délibération de la formation restreinte n° SAN-2022-019 du 17 octobre 2022 concernant la société CLEARVIEW AI',
  noyb2022: '€20 million fine for Clearview AI in Greece',
  complianceweek2022: 'Clearview AI fined third time for GDPR violations',
  apClearview2024: 'Besluit tot opleggen boetes en lasten onder dwangsom (Clearview AI Inc.)',
} as const;

export const en: RulesContent = {
  title: 'Rules and limits',
  lead:
    'In spring 2020, cameras counted masked faces on the markets of Cannes and in a Paris metro station. Here is what the vendor promised, what the data-protection authority answered, what the law says today, and what this rebuild itself gets wrong. Every statement carries its source.',
  sourcesLabel: 'Sources:',
  contents: 'Contents',
  story: {
    heading: 'Cannes, April 2020: the story and the promises',
    paragraphs: [
      {
        text: 'From 23 April 2020, about two weeks before the end of the first lockdown, the city of Cannes tested cameras from the Paris start-up Datakalab on its three outdoor markets (Forville, Gambetta, La Bocca). The software counted the people in view and the share wearing a mask; the city announced that the device would also go into its buses.',
        sources: ['minutes2020', 'nextinpact2020'],
      },
      {
        text: 'A small sign next to the cameras read that the personal data collected were immediately anonymised and that you could object to the processing by shaking your head “no”.',
        sources: ['bfmtv2020'],
      },
      {
        text: 'From 6 May 2020 the Paris transport operator RATP tested the same vendor’s detector on cameras of the Châtelet-Les Halles station, for a planned three months. It suspended the test on 12 June 2020, to complete, it said, the arrangements for the right to object that the CNIL had asked for.',
        sources: ['cnilRatp2020', 'bfmbusiness2020', 'huffpost2020'],
      },
    ],
    claimsHeading: 'What was promised, and what you can test here',
    saidLabel: 'Claim',
    testLabel: 'Try it with Headcount',
    claims: [
      {
        claim: 'Small computers next to the cameras turn the video stream into data in 100 ms.',
        who: 'Xavier Fischer, head of Datakalab, to Next INpact (May 2020)',
        test: 'The “How it works” view shows how long each stage takes on your own device. Speed is not the point: each of those frames is a picture of people, and analysing it, even for a tenth of a second, is already processing their image.',
        sources: ['nextinpact2020'],
      },
      {
        claim: 'The stream is never stored: everything happens in memory and only aggregated figures are kept — counts and the percentage of people wearing a mask.',
        who: 'Xavier Fischer, to Next INpact (May 2020)',
        test: 'Headcount works the same way and keeps only the figures on screen. You cannot check that on a street camera; here you can, in your browser’s developer tools (Network tab): the page sends nothing anywhere.',
        sources: ['nextinpact2020'],
      },
      {
        claim: 'There is no facial recognition and no database on anyone: if you walk past the camera twice, you are counted twice.',
        who: 'Xavier Fischer, to Next INpact (May 2020)',
        test: 'Walk out of the frame and back in, and watch the Counter: a pass is counted again. Note what counting “passes” requires: following each face from one frame to the next while it is in view.',
        sources: ['nextinpact2020'],
      },
      {
        claim: 'You can object to the processing by shaking your head “no” at the camera.',
        who: 'Sign next to the cameras on the Cannes markets (April 2020)',
        test: 'Shake your head and see whether the Counter records an opt-out, then nod, talk or look around and see whether it records one by mistake. The measured rates are below. And to see your “no”, the camera must already be analysing your face.',
        sources: ['bfmtv2020'],
      },
      {
        claim: '74 % of the people on the three markets wore a mask.',
        who: 'City of Cannes (April 2020)',
        test: 'The Counter shows the share of masked faces with a 95 % interval. A percentage without the number of faces behind it and without the classifier’s error rates says little.',
        sources: ['minutes2020'],
      },
      {
        claim: 'Mask detection is “99.5 %” reliable.',
        who: 'Xavier Fischer, quoted about the Châtelet test (May 2020)',
        test: 'See “This system’s own measured limits” below: accuracy per class, measured on test images, and what is not measured yet.',
        sources: ['bfmbusiness2020'],
      },
    ],
  },
  cnil: {
    heading: 'What the CNIL answered',
    intro: 'The CNIL is France’s data-protection authority.',
    items: [
      {
        title: 'May 2020: a file under review',
        text: 'Asked by Next INpact, the CNIL said it had been consulted on whether the Cannes mask-detection device complied with the law, and that its review had only just begun.',
        relevance: 'The cameras were already running when the authority started looking at them.',
        sources: ['nextinpact2020'],
      },
      {
        title: 'June 2020: still personal data',
        text: 'To the RATP, the CNIL wrote that because the device captures and uses the image of the people in the cameras’ field, it necessarily processes personal data within the meaning of article 4(2) GDPR. None of the grounds the RATP gave for setting aside the right to object was, in its view, consistent with the GDPR.',
        relevance: 'Deleting the frame after a tenth of a second does not take the processing outside the GDPR.',
        sources: ['cnilRatp2020'],
      },
      {
        title: 'June 2020: shaking your head is not a way to object',
        text: 'The CNIL judged that shaking one’s head “no” is an insufficient and impractical way to object — the only way the Cannes and Châtelet devices offered.',
        relevance: 'The right to object must be effective; a gesture made in front of every camera, on every pass, is not.',
        sources: ['gazette2020'],
      },
      {
        title: '17 June 2020: “smart” and thermal cameras',
        text: 'In its public position on so-called “smart” and thermal cameras, the CNIL stressed that anonymity in public space is essential to many freedoms, and warned that the uncontrolled spread of such devices risks a general feeling of surveillance, a habituation to and normalisation of intrusive technologies, and increased surveillance. Where sensitive data are processed, or where the right to object cannot be exercised — for example because a camera sweeps a street —, a suitable legal framework complying with GDPR article 9 and/or article 23 is needed, on top of the usual safeguards: necessity and proportionality, limited retention, pseudonymisation or anonymisation, no individual tracking.',
        relevance: 'In June 2020 the Châtelet and Cannes tests were stopped; in March 2021 the CNIL recalled that it had asked for all such devices to be interrupted for lack of a sufficient legal framework.',
        sources: ['cnil2020', 'lexing2020', 'gazette2020', 'cnil2021'],
      },
      {
        title: '17 December 2020: opinion on the draft decree',
        text: 'Consulted by the ministry of transport, the CNIL gave its opinion on a draft decree on “smart video” to measure mask-wearing in transport. It noted that the planned device is not meant to process biometric data and is not facial recognition, that it must not be used to prosecute offences, and that people must be informed.',
        relevance: 'The same kind of counting became lawful in transport only once a text set its limits.',
        sources: ['cnilOpinion2020', 'cnil2021'],
      },
    ],
  },
  law: {
    heading: 'The law',
    intro: 'Article titles are those of the official texts; the summaries are ours.',
    relevanceLabel: 'Here',
    items: [
      {
        title: 'GDPR, article 6 — Lawfulness of processing',
        text: 'Processing personal data is lawful only on one of the legal bases listed in article 6(1): consent, contract, legal obligation, vital interests, a task carried out in the public interest, or legitimate interests. Legitimate interests (point f) cannot be relied on by public authorities for processing carried out in the performance of their tasks.',
        relevance: 'Datakalab said its processing rested on legitimate interests. A city measuring its residents’ behaviour is acting as a public authority: it needs a legal basis laid down by law.',
        sources: ['gdpr', 'nextinpact2020'],
      },
      {
        title: 'GDPR, article 12 — Transparent information, communication and modalities for the exercise of the rights of the data subject',
        text: 'Information must be given in a concise, transparent, intelligible and easily accessible form, in clear and plain language, and the controller must make it easy for people to exercise their rights.',
        relevance: 'A small sign beside a market stall, read — or not — while walking past a camera that is already analysing you.',
        sources: ['gdpr', 'bfmtv2020'],
      },
      {
        title: 'GDPR, article 21 — Right to object',
        text: 'A person may object at any time, on grounds relating to their particular situation, to processing based on a public-interest task or on legitimate interests; the controller must then stop unless it demonstrates compelling legitimate grounds. Processing for statistical purposes can also be objected to, unless it is necessary for a task carried out in the public interest.',
        relevance: 'This is the right the head shake was supposed to implement, and the one the CNIL found could not be exercised that way.',
        sources: ['gdpr', 'cnilRatp2020', 'gazette2020'],
      },
      {
        title: 'Décret n° 2021-269 of 10 March 2021 on the use of smart video to measure the rate of mask-wearing in transport',
        text: 'For one year from its publication, and only where a law or decree imposed masks in public transport, operators of public transport and managers of its premises could use their authorised video-protection cameras to produce statistics and adapt their information campaigns. Images come only from fixed cameras, are neither stored nor passed to third parties, and are instantly turned into anonymous data; the result, per station, cannot be refreshed more often than every twenty minutes and contains only the number of people detected and the share wearing a mask — nothing that could classify or re-identify anyone. Using article 23 GDPR, the decree set aside the rights of access, rectification, erasure, restriction and objection; the public must be informed.',
        relevance: 'What Cannes did without a text in 2020 was allowed in 2021 only in transport, for a limited time, with aggregates over twenty minutes at least — and without any head-shake opt-out.',
        sources: ['decree2021', 'cnil2021'],
      },
      {
        title: 'AI Act (Regulation (EU) 2024/1689), article 5 — Prohibited AI practices',
        text: 'Since 2 February 2025 the EU prohibits, among other practices: AI systems that create or expand facial-recognition databases through the untargeted scraping of facial images from the internet or CCTV footage; biometric categorisation systems that infer a person’s race, political opinions, trade-union membership, religious or philosophical beliefs, sex life or sexual orientation; emotion recognition at work and in education; and, save narrow exceptions, “real-time” remote biometric identification in publicly accessible spaces for law enforcement.',
        relevance: 'Counting masks is none of these as such. But the camera, the face detector and the per-face pipeline are the same: what is prohibited is decided by what the next model is trained to output.',
        sources: ['aiAct'],
      },
      {
        title: 'AI Act (Regulation (EU) 2024/1689), article 50 — Transparency obligations',
        text: 'Deployers of an emotion-recognition or biometric-categorisation system must inform the people exposed to it of the operation of the system, and process their personal data in line with the GDPR. Article 50 applies from 2 August 2026 (article 113).',
        relevance: 'Whether sorting faces into “mask / no mask / badly worn” is biometric categorisation is debatable: the CNIL found the 2021 transport device was not meant to process biometric data. Either way, people in front of such a camera must be told.',
        sources: ['aiAct', 'cnil2021'],
      },
    ],
  },
  context: {
    heading: 'Context: when video analytics go further',
    intro: 'Two cases that show where the same building blocks lead when no one sets limits.',
    items: [
      {
        title: 'Briefcam and the French police (2023–2024)',
        text: 'On 14 November 2023 the investigative outlet Disclose reported that French police had acquired video-analysis software from the company Briefcam in 2015, software able to perform facial recognition. The CNIL opened inspections of the ministry of the Interior and of several municipalities. On 5 December 2024 it published the results: a formal notice to the ministry to remove or restrict the facial-recognition function, which it found had been used unlawfully at least once in a judicial investigation, and formal notices to six municipalities.',
        relevance: 'A feature that ships “off” can be switched on; only rules, audits and inspections tell the public whether it was.',
        sources: ['disclose2023', 'next2024', 'franceinfo2024'],
      },
      {
        title: 'Clearview AI (2022–2024)',
        text: 'Clearview AI built a search engine of faces from billions of images scraped from the web. On 17 October 2022 the CNIL’s sanctions committee fined it €20 million, ordered it to stop collecting and using without a legal basis the data of people in France and to delete them, under a penalty of €100,000 per day of delay. Other European authorities fined it too, including Italy (€20 million, February 2022), Greece (€20 million, July 2022) and the Netherlands (€30.5 million, September 2024).',
        relevance: 'It is exactly the practice that article 5 of the AI Act now prohibits, and it breached GDPR articles 6 and 12 before that.',
        sources: ['cnilClearview2022', 'noyb2022', 'complianceweek2022', 'apClearview2024'],
      },
    ],
  },
  limits: {
    heading: 'This system’s own measured limits',
    intro:
      'Headcount is a rebuild, not a product: it makes mistakes, and you should know which. These figures come from its model cards. They were measured on public test images, not on you, your camera or your lighting.',
    notMeasured: 'not measured yet',
    measure: 'Measure',
    value: 'Value',
    sourceLabel: 'Measured by:',
    sampleSize: 'n = {n}',
    interval: '95 % interval: {low} to {high}',
    detector: 'Face detector',
    detectorRecall: {
      with_mask: 'Faces found, mask worn',
      without_mask: 'Faces found, no mask',
      mask_incorrect: 'Faces found, mask worn incorrectly',
    },
    precision: 'Precision (real faces among detections)',
    maskedShare: 'Share wearing a mask on real photos: true, then as this page estimates it',
    maskedShareValue: '{true} → {estimated}',
    smallestFace: 'Smallest face found reliably',
    pixels: '{px} px high',
    classifier: 'Mask classifier',
    accuracy: 'Accuracy (all classes)',
    classRecall: {
      with_mask: 'Recall, mask worn',
      without_mask: 'Recall, no mask',
      mask_incorrect: 'Recall, mask worn incorrectly',
    },
    unknownShare: 'Faces found that the page calls “unknown” (not sure enough to count them either way)',
    pipelineMaskedShare: 'Share wearing a mask, unknowns left out: true, then as the page reports it',
    peerRight: {
      with_mask: 'Masks worn labelled right, on the same real faces: this page, then AIZOO’s public 2020 detector',
      without_mask: 'No mask labelled right, on the same real faces: this page, then AIZOO’s public 2020 detector',
      mask_incorrect: 'Masks worn incorrectly labelled right (for AIZOO: called “no mask”), on the same real faces: this page, then AIZOO’s detector',
    },
    peerValue: '{page}, then {peer}',
    peerSampleSizes: 'n = {page} faces; AIZOO judged on the {peer} of them it found',
    shake: 'Head-shake opt-out',
    shakeDetection: 'Head shakes recognised',
    shakeHardestBand: 'Head shakes recognised where they are hardest to read (±{amplitude}° at {hz} Hz)',
    falseOptOuts: 'Opt-outs registered without a head shake, per 10 minutes of simulated ordinary head motion',
    realFalseOptOuts: 'Opt-outs registered on real footage of people who never shook their head ({minutes} minutes of faces, {clips} clips, a street crowd included)',
    cutOptOuts: 'Opt-outs registered at video cuts from one real person to another ({cuts} cuts, the face after the cut as large as before or not)',
  },
  detectors: {
    heading: 'The number depends on the model',
    paragraphs: [
      'A “smart” camera is two models in a row: one finds the faces, the other says whether each wears a mask. The published share is computed only over the faces the first one found. If it misses masked faces more often than bare ones, or the other way round, the share is wrong before any mask is looked at, and nothing in the figure shows it.',
      'A detector finds what its training photos taught it to find. YuNet, the detector this page counts with, was trained on WIDER FACE: some 32,000 photos of crowds, streets and events, full of small, turned and partly hidden faces. BlazeFace, which Google published in 2019 and many mask demos used, was made for a phone’s front camera: one person, close, the face filling much of the picture, before masks were part of everyday photos. Its short-range model sees every frame at 128 × 128 pixels, so a face a few metres away is only a few pixels to it.',
    ],
    measuredOn: 'Both measured on the same real street photos ({set}), each followed by the same mask classifier:',
    caption: '{name} (score ≥ {score})',
    counts: 'counts on this page',
    meaning:
      'Each detector finds a different part of the crowd, so each would publish a different share from the same street. A percentage alone says nothing about which faces it was computed on: ask for the detector, its measured recall for masked and for bare faces, and how many faces the figure rests on. How it works and the Test bed run both detectors on your camera and your own photos.',
  },
  references: {
    heading: 'References',
    note: 'Titles are given in the document’s own language. Addresses are given as plain text; the page never loads them.',
    entries: {
      nextinpact2020: {
        short: 'Next INpact, 4 May 2020',
        title: TITLE.nextinpact2020,
        titleLang: 'fr',
        issuer: 'Next INpact (now Next)',
        date: '4 May 2020',
        identifier: 'article 108956',
        url: URL.nextinpact2020,
      },
      minutes2020: {
        short: '20 Minutes, 28 April 2020',
        title: 'Coronavirus: report on the mask-detecting cameras on the Cannes markets',
        titleLang: 'en',
        issuer: '20 Minutes (Nice edition)',
        date: '28 April 2020',
        identifier: 'article 2768871',
        url: URL.minutes2020,
      },
      bfmtv2020: {
        short: 'BFMTV, 28 April 2020',
        title: TITLE.bfmtv2020,
        titleLang: 'fr',
        issuer: 'BFMTV, Tech&Co',
        date: '28 April 2020',
        identifier: 'AV-202004280128',
        url: URL.bfmtv2020,
      },
      bfmbusiness2020: {
        short: 'BFM Business, 7 May 2020',
        title: TITLE.bfmbusiness2020,
        titleLang: 'fr',
        issuer: 'BFM Business, citing Le Monde',
        date: '7 May 2020',
        identifier: 'AN-202005070281',
        url: URL.bfmbusiness2020,
      },
      cnilRatp2020: {
        short: 'CNIL to RATP, 11 June 2020',
        title: TITLE.cnilRatp2020,
        titleLang: 'fr',
        issuer: 'CNIL, email to the RATP on its mask-detection test (document published by Technopolice)',
        date: '11 June 2020',
        identifier: 'Technopolice document archive',
        url: URL.cnilRatp2020,
      },
      huffpost2020: {
        short: 'HuffPost, 22 June 2020',
        title: TITLE.huffpost2020,
        titleLang: 'fr',
        issuer: 'HuffPost France, quoting a RATP statement',
        date: '22 June 2020',
        identifier: 'HuffPost France',
        url: URL.huffpost2020,
      },
      cnil2020: {
        short: 'CNIL, 17 June 2020',
        title: TITLE.cnil2020,
        titleLang: 'fr',
        issuer: 'CNIL',
        date: '17 June 2020',
        identifier: 'cnil.fr news item',
        url: URL.cnil2020,
      },
      lexing2020: {
        short: 'Lexing, 22 June 2020',
        title: TITLE.lexing2020,
        titleLang: 'fr',
        issuer: 'Lexing Alain Bensoussan Avocats, quoting the CNIL',
        date: '22 June 2020',
        identifier: 'lexing.law',
        url: URL.lexing2020,
      },
      gazette2020: {
        short: 'La Gazette des communes, 23 June 2020',
        title: TITLE.gazette2020,
        titleLang: 'fr',
        issuer: 'La Gazette des communes (Mathilde Elie)',
        date: '23 June 2020',
        identifier: 'article 684967',
        url: URL.gazette2020,
      },
      cnilOpinion2020: {
        short: 'CNIL, deliberation 2020-136',
        title: TITLE.cnilOpinion2020,
        titleLang: 'fr',
        issuer: 'CNIL',
        date: '17 December 2020',
        identifier: 'request for opinion no. 20019694',
        url: URL.cnilOpinion2020,
      },
      cnil2021: {
        short: 'CNIL, 12 March 2021',
        title: TITLE.cnil2021,
        titleLang: 'fr',
        issuer: 'CNIL',
        date: '12 March 2021',
        identifier: 'cnil.fr news item',
        url: URL.cnil2021,
      },
      decree2021: {
        short: 'Décret n° 2021-269',
        title: TITLE.decree2021,
        titleLang: 'fr',
        issuer: 'Prime Minister, on the report of the minister for the ecological transition; Journal officiel de la République française',
        date: '10 March 2021 (published 11 March 2021)',
        identifier: 'NOR: TRAT2026819D',
        url: URL.decree2021,
      },
      gdpr: {
        short: 'GDPR',
        title:
          'Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of natural persons with regard to the processing of personal data and on the free movement of such data (General Data Protection Regulation)',
        titleLang: 'en',
        issuer: 'European Parliament and Council of the EU; Official Journal of the EU',
        date: '27 April 2016 (OJ L 119, 4 May 2016)',
        identifier: 'ELI: data.europa.eu/eli/reg/2016/679/oj',
        url: URL.gdpr,
      },
      aiAct: {
        short: 'AI Act',
        title:
          'Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)',
        titleLang: 'en',
        issuer: 'European Parliament and Council of the EU; Official Journal of the EU',
        date: '13 June 2024 (OJ L, 12 July 2024), as originally published; later amendments may change dates of application',
        identifier: 'ELI: data.europa.eu/eli/reg/2024/1689/oj',
        url: URL.aiAct,
      },
      disclose2023: {
        short: 'Disclose, 14 November 2023',
        title: 'Investigation into the French police’s use of Briefcam video-analysis software',
        titleLang: 'en',
        issuer: 'Disclose',
        date: '14 November 2023',
        identifier: 'disclose.ngo',
        url: URL.disclose2023,
      },
      next2024: {
        short: 'Next, 5 December 2024',
        title: TITLE.next2024,
        titleLang: 'fr',
        issuer: 'Next, reporting the CNIL’s decision',
        date: '5 December 2024',
        identifier: 'article 160665',
        url: URL.next2024,
      },
      franceinfo2024: {
        short: 'franceinfo, 5 December 2024',
        title: TITLE.franceinfo2024,
        titleLang: 'fr',
        issuer: 'franceinfo',
        date: '5 December 2024',
        identifier: 'article 6937949',
        url: URL.franceinfo2024,
      },
      cnilClearview2022: {
        short: 'CNIL, SAN-2022-019',
        title: TITLE.cnilClearview2022,
        titleLang: 'fr',
        issuer: 'CNIL, restricted committee (formation restreinte)',
        date: '17 October 2022',
        identifier: 'SAN-2022-019',
        url: URL.cnilClearview2022,
      },
      noyb2022: {
        short: 'noyb, July 2022',
        title: TITLE.noyb2022,
        titleLang: 'en',
        issuer: 'noyb – European Center for Digital Rights, on the Hellenic DPA’s decision 35/2022 of 13 July 2022',
        date: 'July 2022',
        identifier: 'Hellenic DPA decision 35/2022',
        url: URL.noyb2022,
      },
      complianceweek2022: {
        short: 'Compliance Week, July 2022',
        title: TITLE.complianceweek2022,
        titleLang: 'en',
        issuer: 'Compliance Week (excerpt republished by Best of Privacy)',
        date: 'July 2022',
        identifier: 'on the Hellenic, Italian and UK decisions',
        url: URL.complianceweek2022,
      },
      apClearview2024: {
        short: 'Autoriteit Persoonsgegevens, 3 September 2024',
        title: TITLE.apClearview2024,
        titleLang: 'nl',
        issuer: 'Autoriteit Persoonsgegevens (Dutch data-protection authority)',
        date: 'published 3 September 2024',
        identifier: 'fine of €30,500,000',
        url: URL.apClearview2024,
      },
    },
  },
};

export const fr: RulesContent = {
  title: 'Règles et limites',
  lead:
    'Au printemps 2020, des caméras ont compté les visages masqués sur les marchés de Cannes et dans une station du métro parisien. Voici ce que promettait le fournisseur, ce qu’a répondu l’autorité de protection des données, ce que dit le droit aujourd’hui, et ce que cette reconstruction elle-même rate. Chaque affirmation est sourcée.',
  sourcesLabel: 'Sources :',
  contents: 'Sommaire',
  story: {
    heading: 'Cannes, avril 2020 : l’histoire et les promesses',
    paragraphs: [
      {
        text: 'À partir du 23 avril 2020, une quinzaine de jours avant la fin du premier confinement, la ville de Cannes a testé sur ses trois marchés de plein air (Forville, Gambetta, La Bocca) les caméras de la start-up parisienne Datakalab. Le logiciel comptait les personnes dans le champ et la part de celles qui portaient un masque ; la ville a annoncé que le dispositif serait aussi installé dans ses bus.',
        sources: ['minutes2020', 'nextinpact2020'],
      },
      {
        text: 'Un petit panneau à côté des caméras indiquait que les données personnelles collectées étaient immédiatement anonymisées et qu’on pouvait s’opposer au traitement en faisant un signe « non » de la tête.',
        sources: ['bfmtv2020'],
      },
      {
        text: 'À partir du 6 mai 2020, la RATP a expérimenté le détecteur du même fournisseur sur des caméras de la station Châtelet-Les Halles, pour trois mois prévus. Elle a suspendu l’expérimentation le 12 juin 2020 « afin de compléter le dispositif de droit d’opposition tel que demandé par la CNIL ».',
        sources: ['cnilRatp2020', 'bfmbusiness2020', 'huffpost2020'],
      },
    ],
    claimsHeading: 'Ce qui était promis, et ce que vous pouvez vérifier ici',
    saidLabel: 'Affirmation',
    testLabel: 'À essayer avec Headcount',
    claims: [
      {
        claim: 'De petits ordinateurs placés à côté des caméras transforment le flux vidéo en données en 100 ms.',
        who: 'Xavier Fischer, dirigeant de Datakalab, à Next INpact (mai 2020)',
        test: 'La vue « Comment ça marche » montre la durée de chaque étape sur votre propre appareil. La vitesse n’est pas la question : chacune de ces images montre des personnes, et l’analyser, même un dixième de seconde, c’est déjà traiter leur image.',
        sources: ['nextinpact2020'],
      },
      {
        claim: 'Le flux n’est jamais stocké : tout se fait en mémoire vive et seuls des chiffres agrégés sont conservés — des comptages et le pourcentage de port du masque.',
        who: 'Xavier Fischer, à Next INpact (mai 2020)',
        test: 'Headcount fonctionne de la même façon et ne garde que les chiffres affichés. Impossible de le vérifier sur une caméra de rue ; ici, vous le pouvez, dans les outils de développement de votre navigateur (onglet Réseau) : la page n’envoie rien nulle part.',
        sources: ['nextinpact2020'],
      },
      {
        claim: 'Il n’y a pas de reconnaissance faciale ni de base de données sur quiconque : si vous passez deux fois devant la caméra, vous êtes compté deux fois.',
        who: 'Xavier Fischer, à Next INpact (mai 2020)',
        test: 'Sortez du champ puis revenez, et regardez le Compteur : le passage est compté une nouvelle fois. Notez ce qu’exige le comptage des « passages » : suivre chaque visage d’une image à la suivante tant qu’il reste dans le champ.',
        sources: ['nextinpact2020'],
      },
      {
        claim: 'Vous pouvez vous opposer au traitement en faisant « non » de la tête devant la caméra.',
        who: 'Panneau placé à côté des caméras des marchés de Cannes (avril 2020)',
        test: 'Faites « non » de la tête et voyez si le Compteur enregistre une opposition, puis acquiescez, parlez ou regardez autour de vous et voyez s’il en enregistre une par erreur. Les taux mesurés figurent plus bas. Et pour voir votre « non », la caméra doit déjà analyser votre visage.',
        sources: ['bfmtv2020'],
      },
      {
        claim: '74 % des personnes présentes sur les trois marchés portaient un masque.',
        who: 'Ville de Cannes (avril 2020)',
        test: 'Le Compteur affiche la part de visages masqués avec un intervalle à 95 %. Un pourcentage sans le nombre de visages sur lequel il repose ni les taux d’erreur du classifieur ne dit pas grand-chose.',
        sources: ['minutes2020'],
      },
      {
        claim: 'La détection du masque est fiable à « 99,5 % ».',
        who: 'Xavier Fischer, cité à propos de l’expérimentation de Châtelet (mai 2020)',
        test: 'Voir plus bas « Les limites mesurées de ce système » : l’exactitude par classe, mesurée sur des images de test, et ce qui n’est pas encore mesuré.',
        sources: ['bfmbusiness2020'],
      },
    ],
  },
  cnil: {
    heading: 'Ce qu’a répondu la CNIL',
    intro: 'La CNIL (Commission nationale de l’informatique et des libertés) est l’autorité française de protection des données.',
    items: [
      {
        title: 'Mai 2020 : un dossier en cours d’examen',
        text: 'Interrogée par Next INpact, la CNIL a indiqué avoir été sollicitée sur la conformité du dispositif cannois de détection du port du masque, et que son examen ne faisait que commencer.',
        relevance: 'Les caméras fonctionnaient déjà quand l’autorité a commencé à s’y intéresser.',
        sources: ['nextinpact2020'],
      },
      {
        title: 'Juin 2020 : ce sont toujours des données personnelles',
        text: 'À la RATP, la CNIL a écrit que, dès lors que le dispositif capte et utilise l’image des personnes se trouvant dans le champ des caméras, il implique nécessairement un traitement de données à caractère personnel au sens de l’article 4, point 2, du RGPD. Aucun des motifs avancés par la RATP pour écarter le droit d’opposition ne lui paraissait conforme au RGPD.',
        relevance: 'Effacer l’image au bout d’un dixième de seconde ne fait pas sortir le traitement du champ du RGPD.',
        sources: ['cnilRatp2020'],
      },
      {
        title: 'Juin 2020 : faire « non » de la tête n’est pas une façon de s’opposer',
        text: 'La CNIL a jugé que faire « non » de la tête est une modalité d’opposition insuffisante et peu pratique — c’était pourtant la seule que proposaient les dispositifs de Cannes et de Châtelet.',
        relevance: 'Le droit d’opposition doit être effectif ; un geste à refaire devant chaque caméra, à chaque passage, ne l’est pas.',
        sources: ['gazette2020'],
      },
      {
        title: '17 juin 2020 : caméras dites « intelligentes » et caméras thermiques',
        text: 'Dans sa prise de position publique sur les caméras dites « intelligentes » et les caméras thermiques, la CNIL a rappelé que la préservation de l’anonymat dans l’espace public est essentielle à l’exercice de nombreuses libertés, et averti que le développement incontrôlé de ces dispositifs risque de généraliser un sentiment de surveillance, de créer un phénomène d’accoutumance et de banalisation de technologies intrusives, et d’engendrer une surveillance accrue. Lorsque des données sensibles sont traitées, ou que le droit d’opposition ne peut pas s’exercer — par exemple du fait du « balayage vidéo » d’une rue —, un cadre légal adapté, respectant l’article 9 et/ou l’article 23 du RGPD, est nécessaire, en plus des garanties habituelles : nécessité et proportionnalité, durée de conservation limitée, pseudonymisation ou anonymisation, absence de suivi individuel.',
        relevance: 'En juin 2020, les expérimentations de Châtelet et de Cannes ont été arrêtées ; en mars 2021, la CNIL a rappelé avoir demandé que tous les dispositifs de ce type soient interrompus, faute d’encadrement légal suffisant.',
        sources: ['cnil2020', 'lexing2020', 'gazette2020', 'cnil2021'],
      },
      {
        title: '17 décembre 2020 : avis sur le projet de décret',
        text: 'Saisie par le ministère chargé des transports, la CNIL a rendu son avis sur un projet de décret relatif à la « vidéo intelligente » pour mesurer le port du masque dans les transports. Elle a relevé que le dispositif envisagé n’a pas vocation à traiter des données biométriques et ne constitue pas un dispositif de reconnaissance faciale, qu’il ne doit pas servir à poursuivre des infractions, et que les personnes doivent être informées.',
        relevance: 'Le même type de comptage n’est devenu licite dans les transports qu’une fois ses limites fixées par un texte.',
        sources: ['cnilOpinion2020', 'cnil2021'],
      },
    ],
  },
  law: {
    heading: 'Le droit',
    intro: 'Les intitulés des articles sont ceux des textes officiels ; les résumés sont les nôtres.',
    relevanceLabel: 'Ici',
    items: [
      {
        title: 'RGPD, article 6 — Licéité du traitement',
        text: 'Un traitement de données personnelles n’est licite que s’il repose sur l’une des bases légales énumérées à l’article 6, paragraphe 1 : consentement, contrat, obligation légale, intérêts vitaux, mission d’intérêt public ou intérêts légitimes. Les autorités publiques ne peuvent pas invoquer l’intérêt légitime (point f) pour les traitements effectués dans l’exécution de leurs missions.',
        relevance: 'Datakalab indiquait fonder son traitement sur l’intérêt légitime. Une ville qui mesure le comportement de ses habitants agit en autorité publique : il lui faut une base légale prévue par un texte.',
        sources: ['gdpr', 'nextinpact2020'],
      },
      {
        title: 'RGPD, article 12 — Transparence des informations et des communications et modalités de l’exercice des droits de la personne concernée',
        text: 'L’information doit être fournie d’une façon concise, transparente, compréhensible et aisément accessible, en des termes clairs et simples, et le responsable du traitement doit faciliter l’exercice des droits des personnes.',
        relevance: 'Un petit panneau à côté d’un étal, lu — ou non — en passant devant une caméra qui vous analyse déjà.',
        sources: ['gdpr', 'bfmtv2020'],
      },
      {
        title: 'RGPD, article 21 — Droit d’opposition',
        text: 'Toute personne peut s’opposer à tout moment, pour des raisons tenant à sa situation particulière, à un traitement fondé sur une mission d’intérêt public ou sur l’intérêt légitime ; le responsable du traitement doit alors l’arrêter, sauf s’il démontre des motifs légitimes et impérieux. On peut aussi s’opposer à un traitement à des fins statistiques, sauf s’il est nécessaire à l’exécution d’une mission d’intérêt public.',
        relevance: 'C’est le droit que le « non » de la tête devait permettre d’exercer, et celui dont la CNIL a constaté qu’il ne pouvait pas l’être de cette façon.',
        sources: ['gdpr', 'cnilRatp2020', 'gazette2020'],
      },
      {
        title: 'Décret n° 2021-269 du 10 mars 2021 relatif au recours à la vidéo intelligente pour mesurer le taux de port de masque dans les transports',
        text: 'Pendant un an à compter de sa publication, et seulement là où une loi ou un décret imposait le masque dans les transports publics, les exploitants de services de transport public collectif de voyageurs et les gestionnaires des espaces affectés à ces services pouvaient utiliser leurs systèmes de vidéoprotection autorisés à des fins d’évaluation statistique et d’adaptation de leurs actions d’information et de sensibilisation du public. Les images proviennent exclusivement de caméras fixes, ne sont ni stockées ni transmises à des tiers, et sont instantanément transformées en données anonymes ; le résultat, par station ou gare, ne peut être actualisé sur une période inférieure à vingt minutes et ne porte que sur le nombre de personnes détectées et la part de celles qui portent un masque — rien qui permette de classer ou de ré-identifier quiconque. Sur le fondement de l’article 23 du RGPD, le décret écarte les droits d’accès, de rectification, d’effacement, de limitation et d’opposition ; le public doit être informé.',
        relevance: 'Ce que Cannes a fait sans texte en 2020 n’a été permis en 2021 que dans les transports, pour une durée limitée, avec des agrégats sur vingt minutes au moins — et sans aucune opposition par un signe de tête.',
        sources: ['decree2021', 'cnil2021'],
      },
      {
        title: 'Règlement sur l’intelligence artificielle (règlement (UE) 2024/1689), article 5 — Pratiques interdites en matière d’IA',
        text: 'Depuis le 2 février 2025, l’Union interdit notamment : les systèmes d’IA qui créent ou développent des bases de données de reconnaissance faciale par la collecte non ciblée d’images faciales sur internet ou dans des images de vidéosurveillance ; les systèmes de catégorisation biométrique qui déduisent la race, les opinions politiques, l’appartenance syndicale, les convictions religieuses ou philosophiques, la vie sexuelle ou l’orientation sexuelle d’une personne ; la reconnaissance des émotions sur le lieu de travail et dans les établissements d’enseignement ; et, sauf exceptions étroites, l’identification biométrique à distance « en temps réel » dans des espaces accessibles au public à des fins répressives.',
        relevance: 'Compter des masques ne relève d’aucune de ces pratiques en tant que tel. Mais la caméra, le détecteur de visages et le traitement visage par visage sont les mêmes : c’est ce que le prochain modèle apprendra à produire qui décide de ce qui est interdit.',
        sources: ['aiAct'],
      },
      {
        title: 'Règlement sur l’intelligence artificielle (règlement (UE) 2024/1689), article 50 — Obligations de transparence',
        text: 'Les déployeurs d’un système de reconnaissance des émotions ou de catégorisation biométrique doivent informer les personnes qui y sont exposées du fonctionnement du système, et traiter leurs données personnelles conformément au RGPD. L’article 50 s’applique à partir du 2 août 2026 (article 113).',
        relevance: 'Ranger des visages en « masque / sans masque / mal porté » est-il une catégorisation biométrique ? La question se discute : la CNIL a estimé que le dispositif de 2021 dans les transports n’avait pas vocation à traiter des données biométriques. Dans tous les cas, les personnes filmées doivent être informées.',
        sources: ['aiAct', 'cnil2021'],
      },
    ],
  },
  context: {
    heading: 'Contexte : quand l’analyse vidéo va plus loin',
    intro: 'Deux affaires qui montrent où mènent les mêmes briques techniques quand personne ne fixe de limites.',
    items: [
      {
        title: 'Briefcam et la police française (2023–2024)',
        text: 'Le 14 novembre 2023, le média d’investigation Disclose a révélé que la police française avait acquis en 2015 un logiciel d’analyse vidéo de la société Briefcam, capable de reconnaissance faciale. La CNIL a engagé des contrôles auprès du ministère de l’Intérieur et de plusieurs communes. Le 5 décembre 2024, elle en a publié le bilan : une mise en demeure du ministère de supprimer ou de brider la fonction de reconnaissance faciale, dont elle a constaté un usage illégal au moins une fois dans une enquête judiciaire, et des mises en demeure de six communes.',
        relevance: 'Une fonction livrée « désactivée » peut être activée ; seuls des règles, des audits et des contrôles permettent au public de savoir si elle l’a été.',
        sources: ['disclose2023', 'next2024', 'franceinfo2024'],
      },
      {
        title: 'Clearview AI (2022–2024)',
        text: 'Clearview AI a constitué un moteur de recherche de visages à partir de milliards d’images aspirées sur le web. Le 17 octobre 2022, la formation restreinte de la CNIL lui a infligé une amende de 20 millions d’euros et lui a enjoint de cesser de collecter et d’utiliser sans base légale les données des personnes se trouvant en France et de les supprimer, sous astreinte de 100 000 euros par jour de retard. D’autres autorités européennes l’ont aussi sanctionnée, notamment en Italie (20 millions d’euros, février 2022), en Grèce (20 millions d’euros, juillet 2022) et aux Pays-Bas (30,5 millions d’euros, septembre 2024).',
        relevance: 'C’est exactement la pratique que l’article 5 du règlement sur l’IA interdit désormais, et elle méconnaissait déjà les articles 6 et 12 du RGPD.',
        sources: ['cnilClearview2022', 'noyb2022', 'complianceweek2022', 'apClearview2024'],
      },
    ],
  },
  limits: {
    heading: 'Les limites mesurées de ce système',
    intro:
      'Headcount est une reconstruction, pas un produit : il se trompe, et vous devez savoir où. Ces chiffres viennent de ses fiches de modèle. Ils ont été mesurés sur des images de test publiques, pas sur vous, votre caméra ou votre éclairage.',
    notMeasured: 'pas encore mesuré',
    measure: 'Mesure',
    value: 'Valeur',
    sourceLabel: 'Mesuré par :',
    sampleSize: 'n = {n}',
    interval: 'intervalle à 95 % : de {low} à {high}',
    detector: 'Détecteur de visages',
    detectorRecall: {
      with_mask: 'Visages trouvés, masque porté',
      without_mask: 'Visages trouvés, sans masque',
      mask_incorrect: 'Visages trouvés, masque mal porté',
    },
    precision: 'Précision (vrais visages parmi les détections)',
    maskedShare: 'Part des personnes masquées sur des photos réelles : réelle, puis telle que cette page l’estime',
    maskedShareValue: '{true} → {estimated}',
    smallestFace: 'Plus petit visage trouvé de façon fiable',
    pixels: '{px} px de haut',
    classifier: 'Classifieur de masques',
    accuracy: 'Exactitude (toutes classes)',
    classRecall: {
      with_mask: 'Rappel, masque porté',
      without_mask: 'Rappel, sans masque',
      mask_incorrect: 'Rappel, masque mal porté',
    },
    unknownShare: 'Visages trouvés que la page dit « indéterminés » (pas assez sûre pour les compter d’un côté ou de l’autre)',
    pipelineMaskedShare: 'Part des personnes masquées, indéterminés mis à part : réelle, puis telle que la page l’affiche',
    peerRight: {
      with_mask: 'Masques portés bien classés, sur les mêmes visages réels : cette page, puis le détecteur public d’AIZOO (2020)',
      without_mask: 'Sans masque bien classés, sur les mêmes visages réels : cette page, puis le détecteur public d’AIZOO (2020)',
      mask_incorrect: 'Masques mal portés bien classés (pour AIZOO : dits « sans masque »), sur les mêmes visages réels : cette page, puis le détecteur d’AIZOO',
    },
    peerValue: '{page}, puis {peer}',
    peerSampleSizes: 'n = {page} visages ; AIZOO jugé sur les {peer} qu’il a trouvés',
    shake: 'Opposition par signe de tête',
    shakeDetection: 'Signes « non » reconnus',
    shakeHardestBand: 'Signes « non » reconnus là où ils sont le plus difficiles à lire (±{amplitude}° à {hz} Hz)',
    falseOptOuts: 'Oppositions enregistrées sans signe « non », pour 10 minutes de mouvements ordinaires de la tête simulés',
    realFalseOptOuts: 'Oppositions enregistrées sur de vraies vidéos de personnes qui n’ont jamais fait « non » ({minutes} minutes de visages, {clips} vidéos, dont une foule dans la rue)',
    cutOptOuts: 'Oppositions enregistrées à des coupes de montage d’une vraie personne à une autre ({cuts} coupes, le visage après la coupe aussi grand qu’avant ou non)',
  },
  detectors: {
    heading: 'Le chiffre dépend du modèle',
    paragraphs: [
      'Une caméra « intelligente », ce sont deux modèles à la suite : l’un trouve les visages, l’autre dit si chacun porte un masque. La part publiée n’est calculée que sur les visages trouvés par le premier. S’il rate plus souvent les visages masqués que les visages nus, ou l’inverse, la part est fausse avant même qu’on regarde un masque, et rien dans le chiffre ne le montre.',
      'Un détecteur trouve ce que ses photos d’entraînement lui ont appris à trouver. YuNet, le détecteur avec lequel cette page compte, a été entraîné sur WIDER FACE : quelque 32 000 photos de foules, de rues et d’événements, pleines de visages petits, tournés ou en partie cachés. BlazeFace, publié par Google en 2019 et utilisé par beaucoup de démonstrations de masques, a été conçu pour la caméra frontale d’un téléphone : une personne, proche, le visage occupant une grande partie de l’image, avant que les masques fassent partie des photos de tous les jours. Son modèle courte portée voit chaque image en 128 × 128 pixels : un visage à quelques mètres n’y fait que quelques pixels.',
    ],
    measuredOn: 'Tous deux mesurés sur les mêmes photos de rue réelles ({set}), chacun suivi du même classifieur de masques :',
    caption: '{name} (score ≥ {score})',
    counts: 'compte sur cette page',
    meaning:
      'Chaque détecteur trouve une autre partie de la foule : chacun publierait donc une autre part pour la même rue. Un pourcentage seul ne dit rien des visages sur lesquels il a été calculé : demandez le détecteur, son rappel mesuré pour les visages masqués et pour les visages nus, et sur combien de visages repose le chiffre. Comment ça marche et le Banc d’essai font passer les deux détecteurs sur votre caméra et vos propres photos.',
  },
  references: {
    heading: 'Références',
    note: 'Les titres sont donnés dans la langue du document. Les adresses sont données en texte simple ; la page ne les charge jamais.',
    entries: {
      nextinpact2020: {
        short: 'Next INpact, 4 mai 2020',
        title: TITLE.nextinpact2020,
        titleLang: 'fr',
        issuer: 'Next INpact (aujourd’hui Next)',
        date: '4 mai 2020',
        identifier: 'article 108956',
        url: URL.nextinpact2020,
      },
      minutes2020: {
        short: '20 Minutes, 28 avril 2020',
        title: 'Coronavirus : article sur les caméras de détection du masque des marchés de Cannes',
        titleLang: 'fr',
        issuer: '20 Minutes (édition de Nice)',
        date: '28 avril 2020',
        identifier: 'article 2768871',
        url: URL.minutes2020,
      },
      bfmtv2020: {
        short: 'BFMTV, 28 avril 2020',
        title: TITLE.bfmtv2020,
        titleLang: 'fr',
        issuer: 'BFMTV, Tech&Co',
        date: '28 avril 2020',
        identifier: 'AV-202004280128',
        url: URL.bfmtv2020,
      },
      bfmbusiness2020: {
        short: 'BFM Business, 7 mai 2020',
        title: TITLE.bfmbusiness2020,
        titleLang: 'fr',
        issuer: 'BFM Business, citant Le Monde',
        date: '7 mai 2020',
        identifier: 'AN-202005070281',
        url: URL.bfmbusiness2020,
      },
      cnilRatp2020: {
        short: 'CNIL à la RATP, 11 juin 2020',
        title: TITLE.cnilRatp2020,
        titleLang: 'fr',
        issuer: 'CNIL, courriel à la RATP sur son expérimentation de détection du masque (document publié par Technopolice)',
        date: '11 juin 2020',
        identifier: 'archive documentaire Technopolice',
        url: URL.cnilRatp2020,
      },
      huffpost2020: {
        short: 'HuffPost, 22 juin 2020',
        title: TITLE.huffpost2020,
        titleLang: 'fr',
        issuer: 'HuffPost France, citant un communiqué de la RATP',
        date: '22 juin 2020',
        identifier: 'HuffPost France',
        url: URL.huffpost2020,
      },
      cnil2020: {
        short: 'CNIL, 17 juin 2020',
        title: TITLE.cnil2020,
        titleLang: 'fr',
        issuer: 'CNIL',
        date: '17 juin 2020',
        identifier: 'actualité cnil.fr',
        url: URL.cnil2020,
      },
      lexing2020: {
        short: 'Lexing, 22 juin 2020',
        title: TITLE.lexing2020,
        titleLang: 'fr',
        issuer: 'Lexing Alain Bensoussan Avocats, citant la CNIL',
        date: '22 juin 2020',
        identifier: 'lexing.law',
        url: URL.lexing2020,
      },
      gazette2020: {
        short: 'La Gazette des communes, 23 juin 2020',
        title: TITLE.gazette2020,
        titleLang: 'fr',
        issuer: 'La Gazette des communes (Mathilde Elie)',
        date: '23 juin 2020',
        identifier: 'article 684967',
        url: URL.gazette2020,
      },
      cnilOpinion2020: {
        short: 'CNIL, délibération 2020-136',
        title: TITLE.cnilOpinion2020,
        titleLang: 'fr',
        issuer: 'CNIL',
        date: '17 décembre 2020',
        identifier: 'demande d’avis n° 20019694',
        url: URL.cnilOpinion2020,
      },
      cnil2021: {
        short: 'CNIL, 12 mars 2021',
        title: TITLE.cnil2021,
        titleLang: 'fr',
        issuer: 'CNIL',
        date: '12 mars 2021',
        identifier: 'actualité cnil.fr',
        url: URL.cnil2021,
      },
      decree2021: {
        short: 'Décret n° 2021-269',
        title: TITLE.decree2021,
        titleLang: 'fr',
        issuer: 'Premier ministre, sur le rapport de la ministre de la transition écologique ; Journal officiel de la République française',
        date: '10 mars 2021 (publié le 11 mars 2021)',
        identifier: 'NOR : TRAT2026819D',
        url: URL.decree2021,
      },
      gdpr: {
        short: 'RGPD',
        title:
          'Règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 relatif à la protection des personnes physiques à l’égard du traitement des données à caractère personnel et à la libre circulation de ces données, et abrogeant la directive 95/46/CE (règlement général sur la protection des données)',
        titleLang: 'fr',
        issuer: 'Parlement européen et Conseil de l’UE ; Journal officiel de l’UE',
        date: '27 avril 2016 (JO L 119 du 4 mai 2016)',
        identifier: 'ELI : data.europa.eu/eli/reg/2016/679/oj',
        url: URL.gdpr,
      },
      aiAct: {
        short: 'Règlement sur l’IA',
        title:
          'Règlement (UE) 2024/1689 du Parlement européen et du Conseil du 13 juin 2024 établissant des règles harmonisées concernant l’intelligence artificielle (règlement sur l’intelligence artificielle)',
        titleLang: 'fr',
        issuer: 'Parlement européen et Conseil de l’UE ; Journal officiel de l’UE',
        date: '13 juin 2024 (JO L du 12 juillet 2024), version initiale ; des modifications ultérieures peuvent changer les dates d’application',
        identifier: 'ELI : data.europa.eu/eli/reg/2024/1689/oj',
        url: URL.aiAct,
      },
      disclose2023: {
        short: 'Disclose, 14 novembre 2023',
        title: 'Enquête sur l’utilisation par la police française du logiciel d’analyse vidéo de Briefcam',
        titleLang: 'fr',
        issuer: 'Disclose',
        date: '14 novembre 2023',
        identifier: 'disclose.ngo',
        url: URL.disclose2023,
      },
      next2024: {
        short: 'Next, 5 décembre 2024',
        title: TITLE.next2024,
        titleLang: 'fr',
        issuer: 'Next, rendant compte de la décision de la CNIL',
        date: '5 décembre 2024',
        identifier: 'article 160665',
        url: URL.next2024,
      },
      franceinfo2024: {
        short: 'franceinfo, 5 décembre 2024',
        title: TITLE.franceinfo2024,
        titleLang: 'fr',
        issuer: 'franceinfo',
        date: '5 décembre 2024',
        identifier: 'article 6937949',
        url: URL.franceinfo2024,
      },
      cnilClearview2022: {
        short: 'CNIL, SAN-2022-019',
        title: TITLE.cnilClearview2022,
        titleLang: 'fr',
        issuer: 'CNIL, formation restreinte',
        date: '17 octobre 2022',
        identifier: 'SAN-2022-019',
        url: URL.cnilClearview2022,
      },
      noyb2022: {
        short: 'noyb, juillet 2022',
        title: TITLE.noyb2022,
        titleLang: 'en',
        issuer: 'noyb – European Center for Digital Rights, sur la décision 35/2022 de l’autorité grecque du 13 juillet 2022',
        date: 'juillet 2022',
        identifier: 'décision 35/2022 de l’autorité grecque de protection des données',
        url: URL.noyb2022,
      },
      complianceweek2022: {
        short: 'Compliance Week, juillet 2022',
        title: TITLE.complianceweek2022,
        titleLang: 'en',
        issuer: 'Compliance Week (extrait repris par Best of Privacy)',
        date: 'juillet 2022',
        identifier: 'sur les décisions grecque, italienne et britannique',
        url: URL.complianceweek2022,
      },
      apClearview2024: {
        short: 'Autoriteit Persoonsgegevens, 3 septembre 2024',
        title: TITLE.apClearview2024,
        titleLang: 'nl',
        issuer: 'Autoriteit Persoonsgegevens (autorité néerlandaise de protection des données)',
        date: 'publié le 3 septembre 2024',
        identifier: 'amende de 30 500 000 €',
        url: URL.apClearview2024,
      },
    },
  },
};

export const RULES_CONTENT: Readonly<Record<Locale, RulesContent>> = { en, fr };
