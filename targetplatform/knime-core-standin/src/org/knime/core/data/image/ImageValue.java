package org.knime.core.data.image;

import org.knime.core.data.DataValue;

/** Stand-in for the knime-core value interface of cells holding an image. */
public interface ImageValue extends DataValue {

    public ImageContent getImageContent();

    /** Returns the file extension of the image format, such as {@code png}. */
    public String getImageExtension();
}
