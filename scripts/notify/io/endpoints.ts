/** Where notifications go and how many Google takes, without loading the clients: the export's flags read these. */

/** Google's Indexing API (urlNotifications:publish, urlNotifications/metadata). */
export const GOOGLE_INDEXING_ENDPOINT = 'https://indexing.googleapis.com'

/** The IndexNow endpoint that shares submissions with every participating search engine. */
export const INDEXNOW_ENDPOINT = 'https://api.indexnow.org/indexnow'

/** Google's default quota: 200 publish requests a day per project (URL_UPDATED and URL_DELETED together). */
export const GOOGLE_DAILY_QUOTA = 200
