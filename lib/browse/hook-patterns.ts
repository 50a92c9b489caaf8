/**
 * Page-API URLs the page-world hook hands over: a copy of every adapter's `apiPaths`, kept
 * here so the hook bundle stays tiny (importing the registry would pull every adapter into
 * the page). test/browse/hook-patterns.test.ts fails when this list and the registry differ.
 */
export const HOOK_API_PATTERNS: readonly RegExp[] = [
  /\/i\/api\/graphql\/[^/]+\/(SearchTimeline|TweetDetail|UserTweets|UserTweetsAndReplies|HomeTimeline|HomeLatestTimeline|ListLatestTweetsTimeline|TweetResultByRestId|Bookmarks|Likes|UserMedia|CommunityTweetsTimeline)\b/,
  /^https:\/\/(www\.|old\.|new\.)?reddit\.com\/[^?#]*\.json(\?|$)/,
  /\/xrpc\/app\.bsky\.feed\.(searchPosts|getTimeline|getAuthorFeed|getFeed|getListFeed|getPostThread|getPosts|getQuotes|getActorLikes)(\?|$)/,
  /instagram\.com\/(api\/graphql|graphql\/query|api\/v1\/(feed|tags|media|fbsearch|clips)\/)/,
  /\/youtubei\/v1\/(next|player|browse)(\?|$)/,
  /linkedin\.com\/voyager\/api\/(feed|graphql|search)/,
  /tiktok\.com\/api\/(post\/item_list|recommend\/item_list|search\/(general|item)\/full|challenge\/item_list|item\/detail)\//,
  /\/api\/v1\/(timelines\/[^?]+|statuses\/\d+(\/context)?|accounts\/\d+\/statuses|trends\/statuses|notifications)(\?|$)/,
  /\/api\/v2\/search(\?|$)/,
];

/** True when the hook should hand this response's body over. */
export function hookWants(url: string, patterns: readonly RegExp[] = HOOK_API_PATTERNS): boolean {
  for (const re of patterns) if (re.test(url)) return true;
  return false;
}
