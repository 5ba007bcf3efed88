/**
 * Takes each article to WeChat, one account at a time: a worker leases due deliveries and advances each one step
 * by step (pictures, cover, draft/add or draft/update, freepublish/submit and freepublish/get, deletion), storing
 * its state before each WeChat call, and answers each error as the error policy says.
 */
package io.herald.wechat.delivery;
