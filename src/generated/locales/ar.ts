
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's061cc20e3432dead': `إيقاف مؤقت`,
's0d17e294c0210885': `الجملة التالية`,
's17a6920fdb4ed8c6': `لا يستطيع هذا المتصفح القراءة بصوت عالٍ. جرّب إصدارًا حديثًا من Chrome أو Edge أو Safari أو Firefox.`,
's47a9f592c61daa59': `الصوت`,
's5103b0ab746fb844': `قارئ المقال`,
's667b4fe0f45a5915': `جارٍ تجهيز الصوت…`,
's70583235001722dc': `لا يوجد نص للقراءة.`,
's714a448f3ad7d795': str`الجملة ${0} من ${1}`,
's86f1885d45272925': `الجملة السابقة`,
's88314179fd8b3851': `لم يُعثر على المقال المطلوب قراءته.`,
's95bc8722b2708f8b': `متوقف مؤقتًا`,
'sa5c4d1ff48f1803f': `المتصفح بانتظارك: اضغط تشغيل لبدء القراءة.`,
'sb8b919fcd36c8c7b': `جارٍ القراءة`,
'sc24e28fdbcb32627': `انتهت القراءة`,
'scd105819b5a10243': `تشغيل`,
'sd9ad53251f2330a5': `إيقاف`,
'se24130f1123560a0': `السرعة`,
'sed5b6cb3a7d9c686': str`لا يوجد صوت مثبّت للغة ${0}. أضف صوتًا من إعدادات الكلام أو اللغة في نظامك، ثم أعد تحميل الصفحة.`,
'sf36ce448213297fd': `توقف الصوت بسبب خطأ. اضغط تشغيل للمحاولة مرة أخرى.`,
    };
  