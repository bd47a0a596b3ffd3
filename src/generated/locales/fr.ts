
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's030029216dae892b': `Écoute arrêtée`,
's061cc20e3432dead': `Pause`,
's0d17e294c0210885': `Phrase suivante`,
's17a6920fdb4ed8c6': `Ce navigateur ne sait pas lire à voix haute. Essayez une version récente de Chrome, Edge, Safari ou Firefox.`,
's1cc66b64b76a921d': `L’écoute a été interrompue.`,
's2e5c9ff50f96179b': `Autorisez le micro dans le navigateur pour utiliser les commandes vocales.`,
's3080439a86dc9b74': `Dites « suivant », « pause » ou « continue ».`,
's47a9f592c61daa59': `Voix`,
's5103b0ab746fb844': `Lecteur d’article`,
's538d6e6eacdb674b': `Plus de voix`,
's54c65e5d2729eaf1': `Commandes vocales`,
's557422ca7cf0116a': `Progression de la lecture`,
's5f7cbd329fef79cd': `Les commandes vocales se sont arrêtées sur une erreur.`,
's63cd7ad063825b51': `Votre voix reste sur cet appareil.`,
's667b4fe0f45a5915': `Préparation de la voix…`,
's70583235001722dc': `Il n’y a aucun texte à lire.`,
's714a448f3ad7d795': str`Phrase ${0} sur ${1}`,
's76fc20f82630cac5': str`Encore environ ${0}`,
's78b972b1680bde14': `Ce navigateur ne reconnaît pas les commandes dans cette langue.`,
's7900e144d7ca5a7e': `Votre voix peut être envoyée à un service vocal en ligne.`,
's86f1885d45272925': `Phrase précédente`,
's88314179fd8b3851': `L’article à lire est introuvable.`,
's8ce1cfec4b487c84': `J’écoute…`,
's928b2a63ebfafbdc': str`La voix en ligne est injoignable : la lecture continue avec ${0}.`,
's95bc8722b2708f8b': `En pause`,
's9767d735e9a145c4': `Plus vite`,
'sa5c4d1ff48f1803f': `Le navigateur attend votre geste : appuyez sur Lecture pour commencer.`,
'safc93b5f1c88b05f': str`Reprendre à la phrase ${0}`,
'sb4aa35460ff2ba9c': `Aucune commande entendue.`,
'sb593de0834f4172e': `Depuis le début`,
'sb8b919fcd36c8c7b': `Lecture en cours`,
'sc24e28fdbcb32627': `Lecture terminée`,
'sc66b6fbe724b7ad0': `La reconnaissance vocale n’a pas pu joindre le réseau.`,
'scd105819b5a10243': `Lecture`,
'sd78ec67419c68058': `Une partie du lecteur n’a pas pu être téléchargée. Vérifiez la connexion, puis appuyez sur Lecture pour réessayer.`,
'sd9ad53251f2330a5': `Arrêt`,
'sd9eb66b806b6582f': `Moins vite`,
'se24130f1123560a0': `Vitesse`,
'sed5b6cb3a7d9c686': str`Aucune voix pour la langue ${0} n’est installée. Ajoutez-en une dans les réglages de synthèse vocale ou de langue de votre système, puis rechargez la page.`,
'sf33aa0044fc07c1a': `Je n’ai pas compris`,
'sf36ce448213297fd': `La voix s’est arrêtée sur une erreur. Appuyez sur Lecture pour réessayer.`,
'sf6098d8bd5717253': `Aucun micro n’a été trouvé.`,
    };
  