package io.herald.wechat.store;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.store.UploadedPicture.Kind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * What was uploaded to each account, by content: a picture is uploaded to an account once, whichever article or
 * revision carries it. Two instances uploading the same picture at once both upload it; the first answer is kept.
 */
@ApplicationScoped
public class UploadedPictureRepository implements PanacheRepositoryBase<UploadedPicture, UploadedPicture.Key> {

    /** What WeChat answered when these bytes were uploaded to the account as {@code kind}, if they were. */
    public Optional<String> uploadedAs(String account, Kind kind, String sha256) {
        return findByIdOptional(new UploadedPicture.Key(account, kind, sha256)).map(picture -> picture.uploadedAs);
    }

    /** Remembers an upload; an upload of the same bytes remembered meanwhile is kept. */
    public void remember(String account, Kind kind, String sha256, String uploadedAs) {
        getEntityManager().createNativeQuery("""
                insert into uploaded_picture (account, kind, sha256, uploaded_as) values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, account).setParameter(2, kind.name()).setParameter(3, sha256)
                .setParameter(4, uploadedAs).executeUpdate();
    }

    /** Forgets an upload WeChat no longer has (e.g. a material deleted in its backend); returns how many. */
    public long forget(String account, Kind kind, String uploadedAs) {
        return delete("account = ?1 and kind = ?2 and uploadedAs = ?3", account, kind, uploadedAs);
    }
}
