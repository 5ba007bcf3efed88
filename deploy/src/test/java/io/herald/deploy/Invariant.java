package io.herald.deploy;

import java.util.List;

/** A rule every deployment of Herald keeps. */
interface Invariant {

    /** How the manifests break the rule, one sentence each naming the resource; empty when they keep it. */
    List<String> violations(Manifests manifests);
}
