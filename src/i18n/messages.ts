/**
 * Every visible string, in English and French. The French table is typed against the English one, so a
 * string cannot exist in one language only.
 */
export const en = {
  title: 'Headcount',
  tagline: 'A mask-counting camera, rebuilt in your browser so you can judge it. The video never leaves this page.',
  start: 'Start the camera',
  stop: 'Stop',
  facesInView: 'Faces in view',
  backend: 'Computed on: {backend}',
  backendWasm: 'WebAssembly ({simd}, {threads} threads)',
  simdOn: 'SIMD',
  simdOff: 'no SIMD',
  backendFellBack: '{name} could not start ({reason}), so another backend is used.',
  loadingBackend: 'Starting the computation engine…',
  loadingDetector: 'Loading the face detector… {percent} %',
  loadingClassifier: 'Loading the mask classifier… {percent} %',
  cameraStarting: 'Waiting for the camera… your browser may ask for permission.',
  cameraDenied:
    'Camera access was refused. Headcount needs the camera to count faces: allow it in the site settings (the camera icon in the address bar), then press Start again.',
  cameraMissing: 'No camera was found. Connect a camera, then press Start again.',
  cameraBusy: 'The camera is in use by another application or could not be opened. Close that application, then press Start again.',
  cameraEnded: 'The camera stopped (unplugged, turned off or taken by another application). Press Start to try again.',
  cameraUnsupported: 'This browser cannot open a camera here. Use a recent browser, on https or localhost.',
  cameraError: 'The camera could not be started: {detail}',
  modelError: 'A model file could not be loaded ({detail}). Reload the page; if it persists, the site is incomplete.',
  backendError: 'No computation engine could start in this browser ({detail}).',
  frameError: 'Processing a frame failed ({detail}). Reload the page to try again.',
  privacyLine: 'Counts only: no image is shown, stored or sent.',
  language: 'Language',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const fr: Messages = {
  title: 'Headcount',
  tagline:
    'Une caméra qui compte les masques, reconstruite dans votre navigateur pour que vous puissiez la juger. La vidéo ne quitte jamais cette page.',
  start: 'Démarrer la caméra',
  stop: 'Arrêter',
  facesInView: 'Visages dans le champ',
  backend: 'Calcul sur : {backend}',
  backendWasm: 'WebAssembly ({simd}, {threads} fils)',
  simdOn: 'SIMD',
  simdOff: 'sans SIMD',
  backendFellBack: '{name} n’a pas pu démarrer ({reason}) : un autre moteur est utilisé.',
  loadingBackend: 'Démarrage du moteur de calcul…',
  loadingDetector: 'Chargement du détecteur de visages… {percent} %',
  loadingClassifier: 'Chargement du classifieur de masques… {percent} %',
  cameraStarting: 'En attente de la caméra… votre navigateur peut demander l’autorisation.',
  cameraDenied:
    'L’accès à la caméra a été refusé. Headcount a besoin de la caméra pour compter les visages : autorisez-la dans les réglages du site (icône de caméra dans la barre d’adresse), puis appuyez à nouveau sur Démarrer.',
  cameraMissing: 'Aucune caméra n’a été trouvée. Branchez une caméra, puis appuyez à nouveau sur Démarrer.',
  cameraBusy:
    'La caméra est utilisée par une autre application ou n’a pas pu être ouverte. Fermez cette application, puis appuyez à nouveau sur Démarrer.',
  cameraEnded:
    'La caméra s’est arrêtée (débranchée, éteinte ou prise par une autre application). Appuyez sur Démarrer pour réessayer.',
  cameraUnsupported: 'Ce navigateur ne peut pas ouvrir de caméra ici. Utilisez un navigateur récent, en https ou sur localhost.',
  cameraError: 'La caméra n’a pas pu démarrer : {detail}',
  modelError: 'Un fichier de modèle n’a pas pu être chargé ({detail}). Rechargez la page ; si cela persiste, le site est incomplet.',
  backendError: 'Aucun moteur de calcul n’a pu démarrer dans ce navigateur ({detail}).',
  frameError: 'Le traitement d’une image a échoué ({detail}). Rechargez la page pour réessayer.',
  privacyLine: 'Des comptes seulement : aucune image n’est affichée, enregistrée ni envoyée.',
  language: 'Langue',
};

export const LOCALES = { en, fr } as const;
export type Locale = keyof typeof LOCALES;
