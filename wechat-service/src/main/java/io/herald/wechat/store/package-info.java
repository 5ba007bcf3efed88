/**
 * The channel's database: a delivery per article and account (the wanted state and WeChat's), paused accounts,
 * and the processed-event ledger.
 */
package io.herald.wechat.store;
