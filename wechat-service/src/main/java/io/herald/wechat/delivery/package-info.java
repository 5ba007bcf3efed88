/**
 * Takes each article to WeChat, one account at a time: a worker leases due deliveries and advances each one step
 * by step (pictures, cover, draft/add or draft/update, freepublish/submit and freepublish/get, deletion), storing
 * its state before each WeChat call that creates something, and answers each error as the error policy says. A
 * crash during draft/add or freepublish/submit is found out on the next turn (the account's drafts, or its published
 * articles, are looked through before calling again); a draft WeChat no longer has is added anew.
 */
package io.herald.wechat.delivery;
