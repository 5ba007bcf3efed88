package io.herald.catalog.api;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.apache.kafka.common.KafkaException;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.herald.catalog.deadletters.AlreadyRedrivenException;
import io.herald.catalog.deadletters.BulkRedrive;
import io.herald.catalog.deadletters.ParkedDeadLetter;
import io.herald.catalog.deadletters.DeadLetters;
import io.herald.catalog.deadletters.RedriveResult;
import io.herald.service.operator.OperatorOnly;
import io.herald.service.params.Parameters;
import io.herald.service.problem.ProblemException;

/**
 * The records the catalog could not apply, read from its dead-letter topic, and their re-drive once the cause is
 * fixed. A letter is named by its partition and offset in the dead-letter topic.
 */
@Path("/dead-letters")
@OperatorOnly
@SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private static final int MAX_LIMIT = 1000;

    private final DeadLetters deadLetters;

    DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** The letters by partition and offset; {@code pending=true} leaves out those already re-driven. */
    @GET
    public List<ParkedDeadLetter> list(@QueryParam("pending") @DefaultValue("false") String pending,
            @QueryParam("limit") @DefaultValue("100") String limit) {
        int max = (int) Parameters.integer("limit", limit, 1, MAX_LIMIT);
        boolean pendingOnly = Parameters.bool("pending", pending);
        return fromKafka(() -> deadLetters.list(pendingOnly, max));
    }

    /** Applies one letter again: 200 when applied, 422 naming the reason when it still fails, 409 when done before. */
    @POST
    @Path("{partition}/{offset}/redrive")
    public RedriveResult redrive(@PathParam("partition") String partition, @PathParam("offset") String offset) {
        int partitionNumber = (int) Parameters.integer("partition", partition, 0, Integer.MAX_VALUE);
        long offsetNumber = Parameters.integer("offset", offset, 0, Long.MAX_VALUE);
        RedriveResult result;
        try {
            result = fromKafka(() -> deadLetters.redrive(partitionNumber, offsetNumber))
                    .orElseThrow(() -> ProblemException.notFound("no dead letter at partition " + partitionNumber
                            + " offset " + offsetNumber));
        } catch (AlreadyRedrivenException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        if (!result.applied()) {
            throw ProblemException.unprocessable("dead letter " + partitionNumber + "/" + offsetNumber
                    + " still cannot be applied: " + result.reason());
        }
        return result;
    }

    /** Applies every letter not yet re-driven again; 200 with each letter's outcome. */
    @POST
    @Path("redrive")
    public BulkRedrive redriveAll() {
        return fromKafka(deadLetters::redriveAll);
    }

    /** Runs {@code work}; a broker or a database that does not answer is a 503 problem, not a 500. */
    private static <T> T fromKafka(Supplier<T> work) {
        try {
            return work.get();
        } catch (KafkaException | IllegalStateException e) {
            throw ProblemException.unavailable("cannot read the dead-letter topic: " + e.getMessage());
        } catch (PersistenceException e) {
            throw ProblemException.unavailable("the catalog database did not answer: " + e.getMessage());
        }
    }
}
