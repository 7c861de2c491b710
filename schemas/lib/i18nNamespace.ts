/** The namespace of jobld's words in Sanity's localisation (the plugin's `i18n.bundles`). */
export const i18nNamespace = 'jobld'
