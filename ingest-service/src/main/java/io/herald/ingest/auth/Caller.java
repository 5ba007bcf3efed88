package io.herald.ingest.auth;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;

/** The authenticated source of the current request, set by {@link IntakeAuthentication} before any resource runs. */
@RequestScoped
public class Caller {

    private String source;
    private Set<IntakeFormat> formats = Set.of();

    void authenticated(String source, Set<IntakeFormat> formats) {
        this.source = source;
        this.formats = Set.copyOf(formats);
    }

    /** The authenticated source's name, e.g. {@code demo}: the source of every event this request produces. */
    public String source() {
        if (source == null) {
            throw new IllegalStateException("No authenticated caller: IntakeAuthentication did not run for this request");
        }
        return source;
    }

    /** Answers 403 unless the source may use {@code format}. */
    public void requireFormat(IntakeFormat format) {
        if (!formats.contains(format)) {
            throw new ForbiddenException("Source " + source() + " may not use the " + format.name().toLowerCase()
                    + " intake; its herald.ingest.sources.\"" + source + "\".formats do not list it.");
        }
    }

    /** Answers 403 unless {@code claimed}, a source named in the request body, is absent or the caller's own. */
    public void requireOwnSource(String claimed) {
        if (claimed != null && !claimed.equals(source())) {
            throw new ForbiddenException("The body names source " + claimed + " but the request authenticated as "
                    + source + "; a source may only publish as itself.");
        }
    }
}
