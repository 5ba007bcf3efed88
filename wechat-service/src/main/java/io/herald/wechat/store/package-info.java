/**
 * The channel's database: a delivery per article and account (the wanted state and WeChat's), the pictures uploaded
 * to each account, paused accounts, and the processed-event ledger.
 */
package io.herald.wechat.store;
