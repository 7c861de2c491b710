import { author } from './author.ts'
import { blockContent } from './blockContent.ts'
import { organization } from './organization.ts'
import { post } from './post.ts'

/** The agency's own types; jobld's come with its plugin. */
export const schemaTypes = [post, author, organization, blockContent]
