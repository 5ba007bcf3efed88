package io.herald.ingest.auth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Authenticates every request to every resource of ingest, so a new intake is covered without a word
 * (the health, metrics and OpenAPI routes under {@code /q/} are not resources and stay open, and so do
 * resources marked {@link Public}):
 * <ul>
 * <li>under {@code /superdesk/}: Superdesk's {@code x-superdesk-signature};</li>
 * <li>with {@code X-Herald-Signature}: a signed native push ({@code X-Herald-Source}, {@code X-Herald-Timestamp});</li>
 * <li>otherwise: {@code Authorization: Bearer <api key>}.</li>
 * </ul>
 * Anything else is a 401 that does not say which part was wrong, except a replay: a valid native signature of a
 * push that was accepted before (a push answered 2xx; see {@link AcceptedSignatures}; Superdesk's pushes are
 * answered again instead, see {@link SuperdeskSignatures}). The body is read only to check
 * a signature (on a worker thread, then handed on unchanged), so Bearer pushes stream.
 */
public class IntakeAuthentication {

    static final String SOURCE_HEADER = "X-Herald-Source";
    static final String TIMESTAMP_HEADER = "X-Herald-Timestamp";
    static final String SIGNATURE_HEADER = "X-Herald-Signature";
    private static final String BEARER = "Bearer ";
    private static final String IDENTITY = Identity.class.getName();
    /** Requests that change nothing, so repeating them is no replay. */
    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Caller caller;
    private final SourceCredentials sources;
    private final SuperdeskSignatures superdesk;
    private final AcceptedSignatures acceptedSignatures;

    @Inject
    IntakeAuthentication(Caller caller, SourceCredentials sources, SuperdeskSignatures superdesk,
            AcceptedSignatures acceptedSignatures) {
        this.caller = caller;
        this.sources = sources;
        this.superdesk = superdesk;
        this.acceptedSignatures = acceptedSignatures;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticate(ContainerRequestContext request, ResourceInfo resource) {
        if (isPublic(resource)) {
            return Uni.createFrom().voidItem();
        }
        return identify(request)
                .onItem().ifNull().failWith(() -> new NotAuthorizedException("Missing or invalid credentials: send "
                        + "Authorization: Bearer <api key>, or sign the request.", "Bearer"))
                .invoke(identity -> request.setProperty(IDENTITY, identity))
                .replaceWithVoid();
    }

    /** On the request's own thread again, where its CDI request scope is active. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public void recordCaller(ContainerRequestContext request) {
        Identity identity = (Identity) request.getProperty(IDENTITY);
        if (identity != null) {
            caller.authenticated(identity.source(), identity.formats());
        }
    }

    /** An accepted push (2xx) makes its signature a replay; a refused or failed one (4xx, 5xx) may be sent again. */
    @ServerResponseFilter
    public void rememberAcceptedSignature(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(IDENTITY) instanceof Identity identity && identity.signature() != null
                && !SAFE_METHODS.contains(request.getMethod())
                && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
            acceptedSignatures.accepted(identity.signature());
        }
    }

    private static boolean isPublic(ResourceInfo resource) {
        return resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(Public.class)
                || resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(Public.class);
    }

    private Uni<Identity> identify(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path.startsWith("/superdesk/")) {
            String signature = request.getHeaderString(SuperdeskSignatures.HEADER);
            return withRawBody(request, body -> superdesk.verify(signature, body));
        }
        String signature = request.getHeaderString(SIGNATURE_HEADER);
        if (signature != null) {
            String source = request.getHeaderString(SOURCE_HEADER);
            String timestamp = request.getHeaderString(TIMESTAMP_HEADER);
            return source == null || timestamp == null
                    ? Uni.createFrom().nullItem()
                    : withRawBody(request, body -> sources.signed(source, timestamp, signature, body));
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return Uni.createFrom().item(authorization != null
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                        ? sources.bearer(authorization.substring(BEARER.length()).strip()).orElse(null)
                        : null);
    }

    private static Uni<Identity> withRawBody(ContainerRequestContext request, Function<byte[], Optional<Identity>> check) {
        return Uni.createFrom().item(() -> check.apply(rawBody(request)).orElse(null))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Reads the whole body and puts it back for the resource. */
    private static byte[] rawBody(ContainerRequestContext request) {
        try {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
