
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's061cc20e3432dead': `Pause`,
's0d17e294c0210885': `Phrase suivante`,
's17a6920fdb4ed8c6': `Ce navigateur ne sait pas lire à voix haute. Essayez une version récente de Chrome, Edge, Safari ou Firefox.`,
's47a9f592c61daa59': `Voix`,
's5103b0ab746fb844': `Lecteur d’article`,
's557422ca7cf0116a': `Progression de la lecture`,
's667b4fe0f45a5915': `Préparation de la voix…`,
's70583235001722dc': `Il n’y a aucun texte à lire.`,
's714a448f3ad7d795': str`Phrase ${0} sur ${1}`,
's76fc20f82630cac5': str`Encore environ ${0}`,
's86f1885d45272925': `Phrase précédente`,
's88314179fd8b3851': `L’article à lire est introuvable.`,
's95bc8722b2708f8b': `En pause`,
'sa5c4d1ff48f1803f': `Le navigateur attend votre geste : appuyez sur Lecture pour commencer.`,
'safc93b5f1c88b05f': str`Reprendre à la phrase ${0}`,
'sb8b919fcd36c8c7b': `Lecture en cours`,
'sc24e28fdbcb32627': `Lecture terminée`,
'scd105819b5a10243': `Lecture`,
'sd9ad53251f2330a5': `Arrêt`,
'se24130f1123560a0': `Vitesse`,
'sed5b6cb3a7d9c686': str`Aucune voix pour la langue ${0} n’est installée. Ajoutez-en une dans les réglages de synthèse vocale ou de langue de votre système, puis rechargez la page.`,
'sf36ce448213297fd': `La voix s’est arrêtée sur une erreur. Appuyez sur Lecture pour réessayer.`,
    };
  