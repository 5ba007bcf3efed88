package io.herald.wechat.callback;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;

import io.herald.service.problem.FieldError;
import io.herald.service.problem.ProblemException;
import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.store.DeliveryRepository;

/**
 * The account's server address in WeChat's backend, {@code /wechat/callback/{account}}: WeChat checks it with a
 * signed GET (answered with its {@code echostr}) and pushes events to it with a signed POST. A {@code
 * PUBLISHJOBFINISH} makes the delivery following that publication ask {@code freepublish/get} at once; every
 * other push is acknowledged and ignored. Only a push signed with the account's callback token is taken.
 */
@Path("/wechat/callback/{account}")
public class WechatCallbackResource {

    private static final Logger LOG = Logger.getLogger(WechatCallbackResource.class);
    private static final String RULE = "must be WeChat's signature of timestamp and nonce with the account's token";

    private final WechatConfig config;
    private final DeliveryRepository deliveries;

    WechatCallbackResource(WechatConfig config, DeliveryRepository deliveries) {
        this.config = config;
        this.deliveries = deliveries;
    }

    /** WeChat's check of the address: the {@code echostr} back when the signature holds. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String verify(@PathParam("account") String account, @QueryParam("signature") String signature,
            @QueryParam("timestamp") String timestamp, @QueryParam("nonce") String nonce,
            @QueryParam("echostr") String echostr) {
        checkSignature(account, signature, timestamp, nonce);
        return echostr == null ? "" : echostr;
    }

    /** A push: {@code success}, as WeChat wants it, once the signature holds. */
    @POST
    @Consumes({ MediaType.TEXT_XML, MediaType.APPLICATION_XML, MediaType.WILDCARD })
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    public String push(@PathParam("account") String account, @QueryParam("signature") String signature,
            @QueryParam("timestamp") String timestamp, @QueryParam("nonce") String nonce, byte[] body) {
        checkSignature(account, signature, timestamp, nonce);
        try {
            PublishJobFinished.publishId(body).ifPresent(publishId -> LOG.infof(
                    "WeChat says publication %s of account %s finished; %d delivery asks freepublish/get now",
                    publishId, account, deliveries.lookAgainAtPublication(account, publishId)));
        } catch (IllegalArgumentException e) {
            throw new ProblemException("invalid-callback", "Invalid callback", 400, "the push is " + e.getMessage());
        }
        return "success";
    }

    private void checkSignature(String account, String signature, String timestamp, String nonce) {
        String token = config.account(account).flatMap(WechatConfig.Account::callbackToken).orElseThrow(() ->
                new ProblemException("callback-not-configured", "Callback not configured", 404, "account " + account
                        + " has no callback token (herald.wechat.accounts." + account + ".callback-token)"));
        if (!CallbackSignature.matches(signature, token, timestamp, nonce)) {
            throw new ProblemException("invalid-signature", "Invalid signature", 401, "the signature does not match",
                    List.of(new FieldError("signature", RULE)));
        }
    }
}
