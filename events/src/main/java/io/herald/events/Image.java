package io.herald.events;

/**
 * An image with its printed credits, e.g. 图为“奋楫号”盾构机下线现场(无人机照片) · 新华社发 · 刘甲/摄.
 *
 * @param uri          where the binary can be fetched, if known
 * @param caption      caption text (图为…)
 * @param credit       supplying agency or owner, e.g. 新华社发
 * @param photographer e.g. 刘甲
 * @param altText      text alternative for readers who cannot see the image
 */
public record Image(String uri, String caption, String credit, String photographer, String altText) {
}
