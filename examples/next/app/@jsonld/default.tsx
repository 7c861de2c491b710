/** Pages without JSON-LD: nothing in `<head>`. */
export default function NoJsonLd() {
  return null
}
