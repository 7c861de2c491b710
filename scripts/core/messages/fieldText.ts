/**
 * The titles and descriptions of jobld's Studio types and fields, in Dutch and English: part of
 * jobld's one message catalogue (scripts/core/messages). The Studio schema carries the Dutch words
 * (what TypeGen and Sanity's own lists see); the plugin's field components show the words of the
 * Studio's language.
 */
import type { Wording } from './wording.ts'

/** A field's (or type's) words in one language. */
export interface FieldWords {
  title: string
  description?: string
}

const t = (nl: FieldWords, en: FieldWords): Wording<FieldWords> => ({ nl, en })

/** Every titled type and field, keyed `<type>.<field>` (or `<type>` for the type itself). */
export const fieldText = {
  // Document types
  jobProfile: t({ title: 'Beroep' }, { title: 'Job profile' }),
  vacancy: t({ title: 'Vacature' }, { title: 'Vacancy' }),
  salaryTier: t({ title: 'Salarisniveau' }, { title: 'Salary tier' }),

  // Shared fields
  'shared.slug': t(
    { title: 'Slug', description: 'Laatste deel van de URL, zoals customer-service-medewerker. Klik op "Genereer" om hem uit de titel te maken.' },
    { title: 'Slug', description: 'The last part of the URL, such as customer-service-medewerker. Click "Generate" to make it from the title.' },
  ),
  'shared.importHash': t(
    { title: 'Importvingerafdruk', description: 'Wordt door de import gezet; niet aanpassen.' },
    { title: 'Import fingerprint', description: 'Set by the import; do not change.' },
  ),
  'amount.period': t(
    { title: 'Periode', description: 'Waar het bedrag voor staat: per uur, dag, week, maand of jaar.' },
    { title: 'Period', description: 'What the amount is for: per hour, day, week, month or year.' },
  ),
  'amount.value': t(
    { title: 'Bedrag', description: 'Eén bedrag, zoals 2450 of 14.5. Laat leeg als je een minimum en maximum invult.' },
    { title: 'Amount', description: 'One amount, such as 2450 or 14.5. Leave empty when you fill in a minimum and maximum.' },
  ),
  'amount.minValue': t({ title: 'Minimum', description: 'Ondergrens van een bereik.' }, { title: 'Minimum', description: 'The lower bound of a range.' }),
  'amount.maxValue': t({ title: 'Maximum', description: 'Bovengrens van een bereik.' }, { title: 'Maximum', description: 'The upper bound of a range.' }),
  'amount.currency': t({ title: 'Valuta', description: 'ISO 4217-code, zoals EUR.' }, { title: 'Currency', description: 'An ISO 4217 code, such as EUR.' }),
  'amount.basis': t(
    { title: 'Bruto of netto', description: 'Netto bedragen blijven netto en worden niet als (bruto) salaris gepubliceerd.' },
    { title: 'Gross or net', description: 'Net amounts stay net and are not published as a (gross) salary.' },
  ),

  // Job profile
  'jobProfile.title': t(
    { title: 'Functietitel', description: 'De naam van het beroep zoals lezers hem zoeken, zoals "Customer service medewerker".' },
    { title: 'Job title', description: 'The name of the occupation as readers search for it, such as "Customer service medewerker".' },
  ),
  'jobProfile.alternativeTitles': t(
    { title: 'Andere functietitels', description: 'Andere namen voor hetzelfde beroep, zoals "Klantenservicemedewerker".' },
    { title: 'Other job titles', description: 'Other names for the same occupation, such as "Klantenservicemedewerker".' },
  ),
  'jobProfile.summary': t(
    { title: 'Samenvatting', description: 'Wat het beroep inhoudt in twee of drie zinnen; wordt de beschrijving in de zoekresultaten.' },
    { title: 'Summary', description: 'What the occupation is about in two or three sentences; it becomes the description in search results.' },
  ),
  'jobProfile.body': t({ title: 'Artikel', description: 'De volledige tekst van het beroepsartikel.' }, { title: 'Article', description: 'The full text of the career article.' }),
  'jobProfile.specialisations': t(
    { title: 'Specialisaties', description: 'Soorten van dit beroep, elk met een korte omschrijving.' },
    { title: 'Specialisations', description: 'Kinds of this occupation, each with a short description.' },
  ),
  'jobProfile.tasks': t({ title: 'Taken', description: 'De belangrijkste werkzaamheden, één per regel.' }, { title: 'Tasks', description: 'The main duties, one per line.' }),
  'jobProfile.competencies': t(
    { title: 'Competenties', description: 'Vaardigheden die werkgevers vragen, elk met een uitleg.' },
    { title: 'Competencies', description: 'Skills employers ask for, each with an explanation.' },
  ),
  'jobProfile.education': t({ title: 'Opleiding', description: 'Welke opleiding nodig is.' }, { title: 'Education', description: 'The schooling the occupation needs.' }),
  'jobProfile.sectors': t(
    { title: 'Sectoren', description: 'Branches waarin het beroep voorkomt, zoals "Retail" of "Energie".' },
    { title: 'Sectors', description: 'Industries the occupation is found in, such as "Retail" or "Energy".' },
  ),
  'jobProfile.workingConditions': t(
    { title: 'Werkomstandigheden', description: 'Diensten en werkplekken.' },
    { title: 'Working conditions', description: 'Shifts and workplaces.' },
  ),
  'jobProfile.certificates': t(
    { title: 'Certificaten', description: 'Certificaten of diploma’s die gevraagd of gewaardeerd worden.' },
    { title: 'Certificates', description: 'Certificates or diplomas that are asked for or valued.' },
  ),
  'jobProfile.iscoCode': t(
    { title: 'ISCO-code', description: 'Beroepscode volgens ISCO-08 (ILO), vier cijfers; klantenservicemedewerkers zijn 4222.' },
    { title: 'ISCO code', description: 'The occupation code in ISCO-08 (ILO), four digits; customer service staff are 4222.' },
  ),
  'jobProfile.country': t(
    { title: 'Land', description: 'Land waar het artikel over gaat, als ISO 3166-1-code (NL).' },
    { title: 'Country', description: 'The country the article is about, as an ISO 3166-1 code (NL).' },
  ),
  'jobProfile.language': t({ title: 'Taal', description: 'Taal van het artikel.' }, { title: 'Language', description: 'The language of the article.' }),
  'jobProfile.salaryTiers': t(
    { title: 'Salarisniveaus', description: 'Van laag naar hoog; elk hoger niveau verdient minstens zoveel als het niveau eronder.' },
    { title: 'Salary tiers', description: 'From low to high; each higher tier earns at least as much as the tier below it.' },
  ),
  'jobProfile.faq': t(
    { title: 'Veelgestelde vragen', description: 'Vragen en antwoorden onderaan de pagina; een vraag kan bij meer beroepen horen.' },
    { title: 'Frequently asked questions', description: 'Questions and answers at the bottom of the page; a question can belong to several job profiles.' },
  ),
  'jobProfile.publisher': t(
    { title: 'Uitgever', description: 'De organisatie die het artikel publiceert.' },
    { title: 'Publisher', description: 'The organisation that publishes the article.' },
  ),

  // Vacancy
  'vacancy.title': t(
    { title: 'Functietitel', description: 'Titel van de vacature zonder plaats of salaris, zoals "Klantenservicemedewerker".' },
    { title: 'Job title', description: 'The title of the vacancy without place or salary, such as "Klantenservicemedewerker".' },
  ),
  'vacancy.jobProfile': t({ title: 'Beroep', description: 'Het beroep waar deze vacature bij hoort.' }, { title: 'Job profile', description: 'The job profile this vacancy belongs to.' }),
  'vacancy.salaryTier': t(
    {
      title: 'Salarisniveau',
      description:
        'Een salarisniveau van het beroep: de export publiceert het als schatting (omgerekend naar de uren per week), niet als het salaris van deze vacature. Noemt de werkgever een salaris, vul dan hieronder een eigen salaris in, niet allebei.',
    },
    {
      title: 'Salary tier',
      description:
        "A salary tier of the job profile: the export publishes it as an estimate (converted to the hours per week), not as this vacancy's salary. When the employer names a salary, fill in an own salary below instead, not both.",
    },
  ),
  'vacancy.salary': t(
    { title: 'Eigen salaris', description: 'Het salaris dat de werkgever voor deze vacature noemt; alleen dit wordt als basissalaris gepubliceerd.' },
    { title: 'Own salary', description: 'The salary the employer names for this vacancy; only this is published as the base salary.' },
  ),
  'vacancy.hiringOrganization': t(
    { title: 'Werkgever', description: 'De organisatie die de kandidaat in dienst neemt.' },
    { title: 'Employer', description: 'The organisation that hires the candidate.' },
  ),
  'vacancy.employmentTypes': t(
    { title: 'Soort dienstverband', description: 'Een of meer soorten, zoals voltijd en deeltijd.' },
    { title: 'Employment type', description: 'One or more kinds, such as full time and part time.' },
  ),
  'vacancy.hoursPerWeek': t(
    { title: 'Uren per week', description: 'Hoeveel uur per week de baan is, zoals 24 of 40. Een geschat salaris uit een salarisniveau wordt hiernaar omgerekend.' },
    { title: 'Hours per week', description: "How many hours a week the job is, such as 24 or 40. A salary tier's estimate is converted to them." },
  ),
  'vacancy.location': t(
    { title: 'Werklocatie', description: 'Waar het werk gedaan wordt. Laat leeg bij een volledig thuiswerkvacature en zet "Op afstand" aan.' },
    { title: 'Work location', description: 'Where the work is done. Leave it empty for a fully remote vacancy and turn on "Remote".' },
  ),
  'vacancy.remote': t(
    { title: 'Op afstand', description: 'Aan als het werk volledig thuis of op afstand gedaan kan worden.' },
    { title: 'Remote', description: 'On when the work can be done fully from home or remotely.' },
  ),
  'vacancy.applicantCountries': t(
    { title: 'Landen van kandidaten', description: 'Uit welke landen kandidaten mogen solliciteren (ISO-codes, zoals NL en BE). Alleen bij werk op afstand.' },
    { title: 'Applicant countries', description: 'The countries candidates may apply from (ISO codes, such as NL and BE). Remote work only.' },
  ),
  'vacancy.datePosted': t({ title: 'Publicatiedatum', description: 'Datum waarop de vacature online kwam.' }, { title: 'Date posted', description: 'The date the vacancy went online.' }),
  'vacancy.validThrough': t(
    { title: 'Geldig tot', description: 'Tot wanneer er gesolliciteerd kan worden; daarna is de vacature verlopen.' },
    { title: 'Valid through', description: 'Until when candidates can apply; after that the vacancy has expired.' },
  ),
  'vacancy.identifier': t(
    { title: 'Vacaturenummer', description: 'Het eigen nummer van de werkgever voor deze vacature.' },
    { title: 'Vacancy number', description: "The employer's own number for this vacancy." },
  ),
  'vacancy.directApply': t(
    { title: 'Direct solliciteren', description: 'Aan als kandidaten zonder omweg via de sollicitatielink kunnen solliciteren.' },
    { title: 'Direct apply', description: 'On when candidates can apply straight through the application link.' },
  ),
  'vacancy.applyUrl': t(
    { title: 'Sollicitatielink', description: 'Volledig adres van het sollicitatieformulier, met https://.' },
    { title: 'Application link', description: 'The full address of the application form, with https://.' },
  ),
  'vacancy.body': t({ title: 'Vacaturetekst', description: 'De volledige tekst van de vacature.' }, { title: 'Vacancy text', description: 'The full text of the vacancy.' }),
  'vacancy.language': t({ title: 'Taal', description: 'Taal van de vacature.' }, { title: 'Language', description: 'The language of the vacancy.' }),

  // Salary tier
  'salaryTier.level': t({ title: 'Niveau', description: 'Naam van het niveau, zoals Junior, Medior of Senior.' }, { title: 'Level', description: 'The name of the level, such as Junior, Medior or Senior.' }),
  'salaryTier.rank': t(
    { title: 'Volgorde', description: 'Plek op de salarisladder: 1 is het laagste niveau. Elk niveau van een beroep krijgt een eigen plek.' },
    { title: 'Rank', description: 'The place on the salary ladder: 1 is the lowest level. Each level of a job profile gets a place of its own.' },
  ),
  'salaryTier.amounts': t(
    { title: 'Bedragen', description: 'Eén bedrag per periode, zoals een uurloon en een maandsalaris.' },
    { title: 'Amounts', description: 'One amount per period, such as an hourly wage and a monthly salary.' },
  ),
  'salaryTier.statistic': t(
    {
      title: 'Soort bedrag',
      description:
        'Wat de bron geeft: een gemiddelde (zoals "gemiddeld € 2.450") of de mediaan van een salarisonderzoek. Een gemiddelde wordt als bedrag gepubliceerd, een mediaan als verdeling; een mediaan is één bedrag per periode.',
    },
    {
      title: 'Kind of amount',
      description:
        'What the source gives: an average (such as "on average € 2,450") or the median of a salary survey. An average is published as an amount, a median as a distribution; a median is one amount per period.',
    },
  ),
  'salaryTier.hoursPerWeek': t(
    {
      title: 'Uren per week',
      description:
        'Waar de bedragen van uitgaan. Ermee wordt het maandbedrag tegen het uurloon gecontroleerd en de schatting voor een vacature met andere uren omgerekend.',
    },
    {
      title: 'Hours per week',
      description: "The hours the amounts are for. They check the monthly amount against the hourly wage and convert the estimate for a vacancy with other hours.",
    },
  ),
  'salaryTier.experienceMonths': t(
    { title: 'Ervaring (maanden)', description: 'Hoeveel maanden ervaring bij dit niveau hoort, als de bron dat noemt.' },
    { title: 'Experience (months)', description: 'How many months of experience go with this level, when the source says.' },
  ),
  'salaryTier.validFrom': t(
    { title: 'Geldig vanaf', description: 'Datum waarop de bedragen gelden, zoals de peildatum van de bron.' },
    { title: 'Valid from', description: 'The date the amounts apply from, such as the reference date of the source.' },
  ),
  'salaryTier.source': t(
    { title: 'Bron', description: 'Waar de bedragen vandaan komen, zoals een cao of salarisonderzoek.' },
    { title: 'Source', description: 'Where the amounts come from, such as a collective agreement or a salary survey.' },
  ),

  // Object types
  salaryAmount: t({ title: 'Bedrag' }, { title: 'Amount' }),
  vacancySalary: t({ title: 'Salaris van deze vacature' }, { title: "This vacancy's salary" }),
  blockContent: t({ title: 'Tekst' }, { title: 'Text' }),
  blockText: t({ title: 'Tekst zonder tabellen' }, { title: 'Text without tables' }),
  textBlock: t({ title: 'Alinea' }, { title: 'Paragraph' }),
  'link.href': t(
    { title: 'Adres', description: 'Een http(s)-, mailto- of tel-adres, of een pad op de eigen site (/vacatures).' },
    { title: 'Address', description: 'An http(s), mailto or tel address, or a path on the own site (/vacatures).' },
  ),
  specialisation: t({ title: 'Specialisatie' }, { title: 'Specialisation' }),
  'specialisation.name': t(
    { title: 'Naam', description: 'Naam van de specialisatie, zoals "Technisch customer service medewerker".' },
    { title: 'Name', description: 'The name of the specialisation, such as "Technisch customer service medewerker".' },
  ),
  'specialisation.description': t(
    { title: 'Omschrijving', description: 'Wat deze specialisatie anders maakt, in een zin of twee.' },
    { title: 'Description', description: 'What sets this specialisation apart, in a sentence or two.' },
  ),
  competency: t({ title: 'Competentie' }, { title: 'Competency' }),
  'competency.name': t(
    { title: 'Competentie', description: 'Naam van de competentie of vaardigheid, zoals "Empathie".' },
    { title: 'Competency', description: 'The name of the competency or skill, such as "Empathy".' },
  ),
  'competency.explanation': t(
    { title: 'Uitleg', description: 'Wat dit in het werk betekent, zoals "Je leeft mee met de klant".' },
    { title: 'Explanation', description: 'What it means in the work, such as "You feel for the customer".' },
  ),
  education: t({ title: 'Opleiding' }, { title: 'Education' }),
  'education.levels': t(
    { title: 'Opleidingsniveaus', description: 'Alle niveaus waarmee je dit beroep kunt uitoefenen.' },
    { title: 'Education levels', description: 'Every level with which one can practise this occupation.' },
  ),
  'education.fieldsOfStudy': t(
    { title: 'Studierichtingen', description: 'Richtingen die bij elk niveau horen, bijvoorbeeld "communicatie". Horen ze bij één niveau, vul dan "Studierichtingen per niveau" in.' },
    { title: 'Fields of study', description: 'Fields that go with every level, for example "communication". For fields of one level, fill in "Fields of study per level".' },
  ),
  'education.levelFields': t(
    { title: 'Studierichtingen per niveau', description: 'Richtingen die bij één niveau horen: bij mbo andere dan bij hbo.' },
    { title: 'Fields of study per level', description: 'Fields that go with one level: other ones for mbo than for hbo.' },
  ),
  levelFields: t({ title: 'Studierichtingen per niveau' }, { title: 'Fields of study per level' }),
  'levelFields.level': t({ title: 'Opleidingsniveau', description: 'Het niveau waar deze richtingen bij horen.' }, { title: 'Education level', description: 'The level these fields go with.' }),
  'levelFields.fieldsOfStudy': t(
    { title: 'Studierichtingen', description: 'De richtingen die bij dit niveau horen, bijvoorbeeld "communicatie".' },
    { title: 'Fields of study', description: 'The fields that go with this level, for example "communication".' },
  ),
  'education.note': t({ title: 'Toelichting', description: 'Wat verder over de opleiding te zeggen is.' }, { title: 'Note', description: 'Whatever else there is to say about the education.' }),
  workingConditions: t({ title: 'Werkomstandigheden' }, { title: 'Working conditions' }),
  'workingConditions.shiftWork': t(
    { title: 'Onregelmatige diensten', description: 'Hoe vaak er in avond-, nacht- of weekenddiensten gewerkt wordt.' },
    { title: 'Irregular shifts', description: 'How often the work is in evening, night or weekend shifts.' },
  ),
  'workingConditions.workplaces': t({ title: 'Werkplekken', description: 'Waar het werk gedaan wordt.' }, { title: 'Workplaces', description: 'Where the work is done.' }),
  'workingConditions.note': t(
    { title: 'Toelichting', description: 'Bijvoorbeeld toeslagen voor avonden en weekenden.' },
    { title: 'Note', description: 'For example allowances for evenings and weekends.' },
  ),
  jobLocation: t({ title: 'Werklocatie' }, { title: 'Work location' }),
  'jobLocation.country': t(
    { title: 'Land', description: 'ISO 3166-1-landcode van twee hoofdletters, zoals NL.' },
    { title: 'Country', description: 'An ISO 3166-1 country code of two capitals, such as NL.' },
  ),
  'jobLocation.locality': t({ title: 'Plaats', description: 'Bijvoorbeeld Utrecht.' }, { title: 'Locality', description: 'For example Utrecht.' }),
  'jobLocation.region': t({ title: 'Provincie', description: 'Bijvoorbeeld Utrecht.' }, { title: 'Region', description: 'For example Utrecht.' }),
  'jobLocation.postalCode': t({ title: 'Postcode', description: 'Bijvoorbeeld 3511 AB.' }, { title: 'Postal code', description: 'For example 3511 AB.' }),
  'jobLocation.streetAddress': t({ title: 'Adres', description: 'Straat en huisnummer.' }, { title: 'Street address', description: 'Street and house number.' }),
  table: t({ title: 'Tabel' }, { title: 'Table' }),
  'table.rows': t({ title: 'Rijen', description: 'De eerste rij is de kop van de tabel.' }, { title: 'Rows', description: 'The first row is the head of the table.' }),
  tableRow: t({ title: 'Rij' }, { title: 'Row' }),
  'tableRow.cells': t({ title: 'Cellen', description: 'De cellen van links naar rechts.' }, { title: 'Cells', description: 'The cells from left to right.' }),
} as const satisfies Record<string, Wording<FieldWords>>

/** The key of a titled type or field. */
export type FieldTextId = keyof typeof fieldText
