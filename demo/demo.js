// The council page's own language switch. It changes <html lang> and dir, as a CMS would; the
// Held in Mind drop-in bundle follows <html lang> by itself. The page's own text is translated
// here too, so the demo reads as one language.
const pageText = {
  cy: {
    skip: 'Neidio i’r prif gynnwys',
    council: 'Cyngor Glan-yr-Afon',
    language: 'Iaith',
    crumb1: 'Plant a theuluoedd',
    crumb2: 'Hybiau teulu',
    crumb3: 'Closio at eich babi',
    title: 'Closio at eich babi',
    lead: 'Mae gan bob rhiant a gofalwr ddyddiau da a dyddiau anodd. Mae ein hybiau teulu yma ar gyfer y ddau. Dyma rai syniadau gan ein hymwelwyr iechyd, un ar y tro.',
    tipsHeading: 'Awgrym ar gyfer heddiw',
    signsHeading: 'Sut mae pethau’n mynd?',
    signsLead:
      'Ychydig funudau i sylwi ar beth sy’n mynd yn dda gyda’ch babi neu’ch plentyn. Nid oes dim rydych chi’n ei ateb yn gadael y dudalen hon.',
    signsLink: 'Dod o hyd i grŵp rhieni a babanod yn agos atoch chi',
    listenHeading: 'Gwrando: mae digon da yn ddigon (Saesneg)',
    transcript: 'Darllen y trawsgrifiad (Saesneg)',
    watchHeading: 'Gwylio: yr un bennod fel ffilm fer (Saesneg)',
    helpHeading: 'Angen siarad â rhywun?',
    help1: 'Mae eich ymwelydd iechyd neu’ch meddyg teulu yno i chi yn ogystal â’ch babi.',
    help2: 'Os ydych chi neu’ch babi mewn perygl nawr, ffoniwch 999.',
    note: 'Tudalen arddangos: nid yw Cyngor Glan-yr-Afon yn gyngor go iawn. Y cerdyn awgrymiadau yw bwndel Held in Mind, wedi’i lwytho yn union fel y byddai golygydd gwe yn ei gludo. Nid yw’n cadw nac yn anfon dim.',
    groupsHeading: 'Grwpiau yn eich ardal',
    groupsLead:
      'Tylino babi, aros a chwarae, amser rhigwm a mwy yn ein hybiau teulu. Mae eich cod post yn aros ar y dudalen hon.',
    groupsPostcode: 'Cod post',
    groupsFind: 'Dod o hyd i grwpiau',
    groupsSignpost:
      'Gall tîm ein hyb teulu ddweud wrthych beth arall sydd ymlaen: ffoniwch 0117 496 0000, dydd Llun i ddydd Gwener.',
    groupsNote:
      'Mae’r un chwilotwr hefyd yn darllen cyfeiriaduron ORUK 1.0 a CSV y dudalen arddangos: ychwanegwch ?directory=oruk1 neu ?directory=csv at gyfeiriad y dudalen hon.',
    footer: '© Cyngor Glan-yr-Afon (dychmygol). Datganiad hygyrchedd · Preifatrwydd',
    builderLink: 'Golygyddion gwe: gwnewch y cod ar gyfer eich tudalen eich hun',
  },
  ar: {
    skip: 'انتقل إلى المحتوى الرئيسي',
    council: 'مجلس ريفرسايد',
    language: 'اللغة',
    crumb1: 'الأطفال والأسر',
    crumb2: 'مراكز دعم الأسرة',
    crumb3: 'التقارب مع طفلكم',
    title: 'التقارب مع طفلكم',
    lead: 'لكل والد ومقدّم رعاية أيام جيدة وأيام صعبة، ومراكز دعم الأسرة لدينا موجودة للحالتين. إليكم بعض الأفكار من الزائرات الصحيات، واحدة تلو الأخرى.',
    tipsHeading: 'نصيحة لليوم',
    signsHeading: 'كيف تسير الأمور؟',
    signsLead: 'بضع دقائق لملاحظة ما يسير على ما يرام مع طفلكم. لا يغادر أي شيء تجيبون عنه هذه الصفحة.',
    signsLink: 'ابحثوا عن مجموعة للأهل والرضّع بالقرب منكم',
    listenHeading: 'استمعوا: الجيد بما يكفي يكفي (بالإنجليزية)',
    transcript: 'اقرؤوا النص المكتوب (بالإنجليزية)',
    watchHeading: 'شاهدوا: الحلقة نفسها كفيلم قصير (بالإنجليزية)',
    helpHeading: 'هل تحتاجون إلى التحدث مع أحد؟',
    help1: 'الزائرة الصحية أو طبيب العائلة موجودان من أجلكم ومن أجل طفلكم.',
    help2: 'إذا كنتم أنتم أو طفلكم في خطر الآن، فاتصلوا بالرقم 999.',
    note: 'صفحة تجريبية: مجلس ريفرسايد ليس مجلسًا حقيقيًا. بطاقة النصائح هي حزمة Held in Mind محمّلة تمامًا كما يلصقها محرر الموقع. لا تخزّن شيئًا ولا ترسل شيئًا.',
    groupsHeading: 'مجموعات قريبة منكم',
    groupsLead:
      'تدليك الرضّع، وابقَ والعب، وأناشيد الأطفال وغيرها في مراكز الأسرة لدينا. يبقى رمزكم البريدي في هذه الصفحة.',
    groupsPostcode: 'الرمز البريدي',
    groupsFind: 'ابحثوا عن مجموعات',
    groupsSignpost:
      'يمكن لفريق مركز الأسرة أن يخبركم بما يُقام أيضًا: اتصلوا بالرقم 0117 496 0000 من الاثنين إلى الجمعة.',
    groupsNote:
      'تقرأ أداة البحث نفسها أيضًا دليلَي ORUK 1.0 وCSV في الصفحة التجريبية: أضيفوا ?directory=oruk1 أو ?directory=csv إلى عنوان هذه الصفحة.',
    footer: '© مجلس ريفرسايد (خيالي). بيان إمكانية الوصول · الخصوصية',
    builderLink: 'لمحرّري المواقع: أنشئوا الرمز لصفحتكم',
  },
};
const english = {};
for (const node of document.querySelectorAll('[data-i18n]'))
  english[node.dataset.i18n] = node.textContent.trim();

function setLanguage(lang) {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const text = pageText[lang] ?? english;
  for (const node of document.querySelectorAll('[data-i18n]'))
    node.textContent = text[node.dataset.i18n] ?? english[node.dataset.i18n];
  for (const button of document.querySelectorAll('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  // The embed builder opens in the page's language.
  for (const link of document.querySelectorAll('a[href^="./builder.html"]'))
    link.href = `./builder.html?lang=${encodeURIComponent(lang)}`;
}

for (const button of document.querySelectorAll('[data-lang]'))
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
const requested = new URLSearchParams(location.search).get('lang');
if (requested) setLanguage(requested);

// ?theme=nhs|govuk|dark|neutral links that preset, as a page would (see "Themes" in the README).
const theme = new URLSearchParams(location.search).get('theme');
if (theme && /^(neutral|nhs|govuk|dark)$/.test(theme)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `./themes/${theme}.css`;
  document.head.append(link);
}

// ?directory=oruk1 or ?directory=csv: the same finder on the demo's other directory servers.
{
  const finder = document.querySelector('hm-group-finder');
  const directory = new URLSearchParams(location.search).get('directory');
  if (finder && directory === 'oruk1') finder.setAttribute('oruk', '/directory/oruk1');
  if (finder && directory === 'csv') {
    finder.removeAttribute('oruk');
    finder.setAttribute('src', '/directory/groups.csv');
  }
}
