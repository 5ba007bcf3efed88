package io.herald.wechat.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A developer server URL for tests: keeps each PUBLISHJOBFINISH push it receives. */
@Path("/test-callback")
public class CallbackReceiver {

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    @POST
    @Consumes(MediaType.WILDCARD)
    public void receive(@QueryParam("signature") String signature, @QueryParam("timestamp") String timestamp,
            @QueryParam("nonce") String nonce, String body) {
        RECEIVED.add(new Received(signature, timestamp, nonce, body));
    }

    record Received(String signature, String timestamp, String nonce, String body) {
    }
}
