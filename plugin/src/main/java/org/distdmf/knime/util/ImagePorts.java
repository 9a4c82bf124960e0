package org.distdmf.knime.util;

import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * Builds PNG image ports. A node declares the output with {@link ImagePortObject#TYPE}, returns
 * {@link #pngSpec()} from configure and {@link #png(byte[])} from execute.
 */
public final class ImagePorts {

    private ImagePorts() {
    }

    /** Returns the spec of an image port that contains a PNG image. */
    public static ImagePortObjectSpec pngSpec() {
        return new ImagePortObjectSpec(PNGImageContent.TYPE);
    }

    /**
     * Wraps PNG-encoded bytes, for example from the engine's {@code ChartFiles.pngBytes}, as a port object.
     *
     * @throws IllegalArgumentException if the bytes are not an image that {@code javax.imageio} can decode
     */
    public static ImagePortObject png(final byte[] pngBytes) {
        if (pngBytes == null || pngBytes.length == 0) {
            throw new IllegalArgumentException("PNG bytes are empty; the chart was not rendered");
        }
        return new ImagePortObject(new PNGImageContent(pngBytes), pngSpec());
    }
}
