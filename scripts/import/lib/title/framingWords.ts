/**
 * Words that headings put around a job title and that never are one (salary, vacancies, guide,
 * job description …), Dutch and English. A part of a heading made only of these (and small words)
 * says nothing about the occupation.
 */
export const framingWords = new Set([
  // Dutch
  'salaris', 'salarissen', 'salarisgids', 'salarisschalen', 'salarisschaal', 'loon', 'lonen', 'loonschalen', 'uurloon', 'maandloon', 'jaarsalaris',
  'verdiensten', 'verdienen', 'verdien', 'verdient', 'bruto', 'netto', 'gemiddeld', 'gemiddelde', 'per', 'maand', 'uur', 'jaar', 'niveau', 'niveaus',
  'regio', 'regio\'s', 'contract', 'vacatures', 'vacature', 'banen', 'baan', 'beroepsbeeld', 'beroepsprofiel', 'beroep', 'functieomschrijving',
  'functie', 'taken', 'werkzaamheden', 'opleiding', 'opleidingen', 'vaardigheden', 'competenties', 'carrière', 'doorgroeien', 'doorgroeimogelijkheden',
  'beroepen', 'tips', 'alles', 'wat', 'je', 'moet', 'weten', 'gids', 'overzicht', 'cao', 'en', 'of', 'de', 'het', 'een', 'van', 'in', 'over', 'doe', 'doet', 'word',
  'hoe', 'wordt', 'worden', 'direct', 'aan', 'slag', 'solliciteren', 'werken', 'als', 'vertelt', 'ervaring', 'inclusief',
  // Dutch page types
  'salaristabel', 'salaristabellen', 'loontabel', 'loontabellen', 'salarischeck', 'loonchecker', 'salarisindicatie', 'loongids', 'beroepsinformatie',
  'beroepeninformatie', 'beroepeninfo', 'functieprofiel', 'functiebeschrijving', 'vacaturetekst', 'barema', "barema's", 'loonschaal', 'cao-lonen', 'lonen',
  'tabel', 'check', 'wat', 'verdienen', 'ze', 'zij', 'werk',
  // English
  'salary', 'salaries', 'pay', 'wages', 'wage', 'earnings', 'hourly', 'annual', 'average', 'median', 'job', 'jobs', 'description', 'duties',
  'responsibilities', 'skills', 'requirements', 'career', 'careers', 'path', 'overview', 'outlook', 'handbook', 'occupational', 'guide', 'everything',
  'you', 'need', 'to', 'know', 'region', 'regions', 'by', 'how', 'become', 'education', 'training', 'qualifications', 'what', 'is', 'the', 'like',
  'really', 'and', 'a', 'an', 'of', 'for', 'uk', 'us', 'usa', 'level', 'levels', 'vacancies', 'openings', 'hiring', 'now', 'with', 'salaries',
  'scale', 'scales', 'rates', 'rate', 'profile', 'information', 'info', 'facts', '&', '+', 'it', 'do', 'does', 'earn', 'make', 'much',
  // English page types
  'table', 'tables', 'check', 'checker', 'data', 'survey', 'calculator', 'conditions', 'they', 'explained', 'insights', 'statistics', 'stats', 'wage',
  'compensation', 'benchmark', 'report', 'duties', 'training', 'at', 'glance',
])

/** Words that may open or close a job title in a heading but are framing there: "Salaris verpleegkundige", "Schoonmaker salaris". */
export const edgeFramingWords = new Set([
  'salaris', 'salarissen', 'salarisgids', 'salarisschalen', 'salarisschaal', 'loon', 'lonen', 'uurloon', 'maandloon', 'jaarsalaris', 'gemiddeld',
  'gemiddelde', 'bruto', 'netto', 'vacatures', 'vacature', 'banen', 'beroep', 'salary', 'salaries', 'pay', 'wages', 'wage', 'hourly', 'annual',
  'average', 'median', 'job', 'jobs', 'vacancies', 'openings', 'guide', 'description', 'rates',
  'salaristabel', 'loontabel', 'salarischeck', "barema's", 'baremas', 'lonen', 'salarisindicatie', 'loongids', 'beroepsinformatie', 'beroepeninformatie', 'functieprofiel', 'barema', 'loonschaal',
  'cao-loontabel', 'cao-lonen', 'beroepsprofiel', 'loonschalen', 'scales', 'scale',
])

/** Small words between framing words and a title ("Pay scales for welder", "Salaris van een lasser"). */
export const linkWords = new Set(['for', 'of', 'the', 'a', 'an', 'voor', 'van', 'de', 'het', 'een'])
