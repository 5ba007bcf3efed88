package io.herald.wechat.sandbox.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.herald.wechat.sandbox.SandboxConfig;
import io.herald.wechat.sandbox.StateChanged;
import io.herald.wechat.sandbox.draft.Draft;
import io.herald.wechat.sandbox.draft.DraftStore;
import io.herald.wechat.sandbox.fault.DailyQuota;
import io.herald.wechat.sandbox.media.ImageFormat;
import io.herald.wechat.sandbox.media.MediaStore;
import io.herald.wechat.sandbox.media.StoredImage;
import io.herald.wechat.sandbox.publish.PublishJob;
import io.herald.wechat.sandbox.publish.PublishStore;
import io.herald.wechat.sandbox.publish.Publisher;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the sandbox's state in {@code herald.wechat-sandbox.data-dir} across restarts: each image's bytes in
 * {@code images/<id>} (written once), and everything else (image metadata, drafts, publishing jobs, the day's call
 * counts) in {@code state.json}, rewritten whole after each change (to a temporary file, forced to disk, then moved
 * over the old one atomically), before the call that made the change is answered. Access tokens and fault switches
 * are not kept: clients ask for a token again (40001 tells them to).
 *
 * <p>At startup the directory is read back. No {@code state.json}: the sandbox starts empty. An unreadable one (not
 * JSON, another format version): the sandbox starts empty too, says so in an ERROR line, and keeps the file aside as
 * {@code state.json.unreadable-<epoch second>}; refusing to start would leave {@code ./herald up} without its WeChat
 * for state that a newsroom can make again. An image whose file is missing is left out with a WARN line. A failed
 * write is logged and tried again with the next change (each write holds the whole state). One sandbox at a time
 * uses a directory ({@code lock}).
 */
@ApplicationScoped
public class StateDirectory {

    /** The format of {@code state.json}; a sandbox reads only its own. */
    static final int FORMAT = 1;
    static final String STATE_FILE = "state.json";
    static final String IMAGES = "images";

    private static final Logger LOG = Logger.getLogger(StateDirectory.class);

    private final Optional<Path> directory;
    private final MediaStore media;
    private final DraftStore drafts;
    private final PublishStore jobs;
    private final DailyQuota quota;
    private final Publisher publisher;
    private final ObjectMapper json;
    private final AtomicLong changes = new AtomicLong();
    private final Set<String> imagesWritten = new HashSet<>();
    private long changesWritten;
    private volatile boolean loaded;
    /** Held while the sandbox runs. */
    private FileLock lock;

    StateDirectory(SandboxConfig config, MediaStore media, DraftStore drafts, PublishStore jobs, DailyQuota quota,
            Publisher publisher, ObjectMapper mapper) {
        this.directory = config.dataDir().map(Path::toAbsolutePath);
        this.media = media;
        this.drafts = drafts;
        this.jobs = jobs;
        this.quota = quota;
        this.publisher = publisher;
        this.json = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * What {@code state.json} holds.
     *
     * @param format      {@link #FORMAT}
     * @param images      each image but its bytes (in {@code images/<id>})
     * @param drafts      oldest first
     * @param publishJobs oldest first
     * @param quota       the day's calls per account
     */
    record Snapshot(int format, Instant savedAt, List<ImageEntry> images, List<Draft> drafts,
            List<PublishJob.Saved> publishJobs, DailyQuota.Counts quota) {

        Snapshot {
            if (format != FORMAT) {
                throw new IllegalArgumentException("format " + format + ", this sandbox reads format " + FORMAT);
            }
            images = List.copyOf(images);
            drafts = List.copyOf(drafts);
            publishJobs = List.copyOf(publishJobs);
            Objects.requireNonNull(quota, "quota");
        }
    }

    /** An image as {@code state.json} lists it; its bytes are the file {@code images/<id>}. */
    record ImageEntry(String id, String appId, String mediaId, ImageFormat format) {
    }

    void load(@Observes StartupEvent start) {
        if (directory.isEmpty()) {
            LOG.info("No data directory (herald.wechat-sandbox.data-dir): images, drafts and published articles live"
                    + " in memory only");
            return;
        }
        Path dir = directory.get();
        lockDirectory(dir);
        readSnapshot(dir.resolve(STATE_FILE)).ifPresentOrElse(snapshot -> restore(dir, snapshot),
                () -> LOG.infof("Keeping images, drafts and published articles in %s", dir));
        loaded = true;
        publisher.resume();
    }

    void save(@Observes StateChanged change) {
        if (!loaded) {
            return;
        }
        long number = changes.incrementAndGet();
        List<StoredImage> images = media.snapshot();
        Snapshot snapshot = new Snapshot(FORMAT, Instant.now(),
                images.stream().map(image -> new ImageEntry(image.id(), image.appId(), image.mediaId(), image.format()))
                        .toList(),
                drafts.snapshot(), jobs.snapshot(), quota.snapshot());
        synchronized (this) {
            if (number <= changesWritten) {
                return; // a later change wrote the state, this one with it
            }
            try {
                write(directory.get(), images, snapshot);
                changesWritten = number;
            } catch (IOException e) {
                LOG.errorf(e, "Cannot keep the sandbox's state in %s after a change of %s; the next change tries again",
                        directory.get(), change);
            }
        }
    }

    private void lockDirectory(Path dir) {
        try {
            Files.createDirectories(dir.resolve(IMAGES));
            FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("another wechat-sandbox uses the data directory " + dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the data directory " + dir, e);
        }
    }

    private Optional<Snapshot> readSnapshot(Path file) {
        try {
            return Optional.of(json.readValue(Files.readAllBytes(file), Snapshot.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            Path aside = file.resolveSibling(STATE_FILE + ".unreadable-" + Instant.now().getEpochSecond());
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException("cannot move the unreadable " + file + " aside", moveFailed);
            }
            LOG.errorf("%s is unreadable (%s): the sandbox starts empty; the file is kept as %s", file,
                    e.getMessage(), aside.getFileName());
            return Optional.empty();
        }
    }

    private void restore(Path dir, Snapshot snapshot) {
        List<StoredImage> images = new ArrayList<>();
        for (ImageEntry entry : snapshot.images()) {
            Path file = dir.resolve(IMAGES).resolve(entry.id());
            try {
                images.add(new StoredImage(entry.id(), entry.appId(), entry.mediaId(), entry.format(),
                        Files.readAllBytes(file)));
                imagesWritten.add(entry.id());
            } catch (IOException e) {
                LOG.warnf("Image %s of %s is left out: %s cannot be read (%s); its URL answers 404", entry.id(),
                        entry.appId(), file, e);
            }
        }
        media.restore(images);
        drafts.restore(snapshot.drafts());
        jobs.restore(snapshot.publishJobs());
        quota.restore(snapshot.quota());
        LOG.infof("Restored from %s (saved %s): %d images, %d drafts, %d publishing jobs", dir, snapshot.savedAt(),
                images.size(), snapshot.drafts().size(), snapshot.publishJobs().size());
    }

    /** New images first, then the state that lists them, then the files of images no longer kept. */
    private void write(Path dir, List<StoredImage> images, Snapshot snapshot) throws IOException {
        Set<String> kept = new HashSet<>();
        for (StoredImage image : images) {
            kept.add(image.id());
            if (!imagesWritten.contains(image.id())) {
                writeAtomically(dir.resolve(IMAGES).resolve(image.id()), image.bytes());
                imagesWritten.add(image.id());
            }
        }
        writeAtomically(dir.resolve(STATE_FILE), json.writeValueAsBytes(snapshot));
        for (String id : Set.copyOf(imagesWritten)) {
            if (!kept.contains(id)) {
                Files.deleteIfExists(dir.resolve(IMAGES).resolve(id));
                imagesWritten.remove(id);
            }
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
