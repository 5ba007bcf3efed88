/**
 * What a reader is answered when an article cannot be shown: 404 while it is unknown, withheld or under embargo,
 * 410 once it is withdrawn, as a problem for programs and as a Chinese page for browsers ({@link
 * io.herald.render.problem.ReaderProblemPage}). Used by the channels {@code web} and {@code wechat}; uses only the
 * root package and the shared problem types.
 */
package io.herald.render.problem;
