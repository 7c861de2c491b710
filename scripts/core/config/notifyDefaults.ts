/** Where notifications go, how many Google takes, and what an IndexNow key looks like: the notify options' defaults and checks. */

/** Google's Indexing API (urlNotifications:publish, urlNotifications/metadata). */
export const GOOGLE_INDEXING_ENDPOINT = 'https://indexing.googleapis.com'

/** The IndexNow endpoint that shares submissions with every participating search engine. */
export const INDEXNOW_ENDPOINT = 'https://api.indexnow.org/indexnow'

/** Google's default quota: 200 publish requests a day per project (URL_UPDATED and URL_DELETED together). */
export const GOOGLE_DAILY_QUOTA = 200

/** An IndexNow key: 8 to 128 letters, digits and hyphens (https://www.indexnow.org/documentation). */
export const INDEXNOW_KEY = /^[A-Za-z0-9-]{8,128}$/
