package org.knime.core.data.image;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;

import org.knime.core.data.DataCell;

/** Stand-in for the knime-core image content: read-only image data behind image cells and image ports. */
public interface ImageContent {

    /** Draws the image into {@code g}, keeping its aspect ratio within the given maximum size in pixels. */
    public void paint(final Graphics2D g, final int maxWidth, final int maxHeight);

    /** Returns the image's own size in pixels. */
    public Dimension getPreferredSize();

    /** Returns a cell that contains this content. */
    public DataCell toImageCell();

    /** Writes the encoded image to {@code out}. */
    public void save(final OutputStream out) throws IOException;

    /** Returns a short text for tooltips, such as the format and size. */
    public String getSummary();
}
