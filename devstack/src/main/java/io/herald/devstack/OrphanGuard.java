package io.herald.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Makes sure the child processes of this JVM die with it, even when it is killed with SIGKILL (which runs no
 * shutdown hook). A small shell process reads, from a pipe only this JVM writes to, which processes to signal;
 * when the pipe closes (this JVM is gone, or {@link #close()}), it signals every process still listed. It needs
 * nothing but {@code sh} and {@code kill}, and also covers PostgreSQL's postmaster, which {@code pg_ctl}
 * detaches from its parent. The guard ignores the terminal's SIGINT and SIGHUP, so that Ctrl-C still stops the
 * stack in order.
 */
final class OrphanGuard implements AutoCloseable {

    private static final String SCRIPT = """
            trap '' INT HUP TERM QUIT
            watched=' '
            while read -r verb pid signal; do
              case "$verb" in
                watch) watched="$watched$pid:$signal " ;;
                forget) watched=$(printf '%s' "$watched" | sed "s/ $pid:[A-Z]* / /") ;;
              esac
            done
            for entry in $watched; do
              kill -s "${entry#*:}" "${entry%%:*}" 2>/dev/null
            done
            """;

    private final Process guard;
    private final Writer commands;

    private OrphanGuard(Process guard) {
        this.guard = guard;
        this.commands = new OutputStreamWriter(guard.getOutputStream(), StandardCharsets.US_ASCII);
    }

    static OrphanGuard start() {
        try {
            return new OrphanGuard(new ProcessBuilder("sh", "-c", SCRIPT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the guard that stops the stack's processes with the launcher", e);
        }
    }

    /** Sends {@code process} SIGKILL should this JVM die first. */
    void killWithThisJvm(ProcessHandle process) {
        send("watch " + process.pid() + " KILL");
    }

    /** Asks {@code postmaster} for a fast shutdown (SIGINT: roll back what is open, checkpoint, exit) should this JVM die first. */
    void shutDownWithThisJvm(ProcessHandle postmaster) {
        send("watch " + postmaster.pid() + " INT");
    }

    /** No longer signals {@code process}: it was stopped in order (its pid may be reused later). */
    void forget(ProcessHandle process) {
        send("forget " + process.pid());
    }

    private synchronized void send(String command) {
        try {
            commands.write(command + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the guard that stops the stack's processes with the launcher has exited", e);
        }
    }

    /** Signals whatever is still listed and lets the guard exit. */
    @Override
    public synchronized void close() {
        try {
            commands.close();
        } catch (IOException e) {
            // the guard is gone already
        }
        guard.onExit().join();
    }
}
