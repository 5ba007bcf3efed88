/** The fault switches: busy answers (-1), a reached daily quota (45009), review rejection (status 2, 3 or 4). */
package io.herald.wechat.sandbox.fault;
