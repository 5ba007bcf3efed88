package io.herald.wechat.store;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A picture uploaded to an official account, by the SHA-256 of the bytes sent, and what WeChat answered. */
@Entity
@Table(name = "uploaded_picture")
@IdClass(UploadedPicture.Key.class)
public class UploadedPicture {

    /** What the picture was uploaded as. */
    public enum Kind {
        /** A picture of an article's body, {@code media/uploadimg}: WeChat answers its URL. */
        BODY,
        /** A cover, permanent material ({@code material/add_material}): WeChat answers its media id. */
        COVER
    }

    /** The primary key. */
    public record Key(String account, Kind kind, String sha256) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    public String account;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text")
    public Kind kind;
    @Id
    public String sha256;

    /** The URL (body) or media id (cover) WeChat answered. */
    public String uploadedAs;
    public Instant uploadedAt;
}
