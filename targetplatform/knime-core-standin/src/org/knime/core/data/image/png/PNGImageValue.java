package org.knime.core.data.image.png;

import org.knime.core.data.image.ImageValue;

/**
 * Stand-in for the knime-core value interface of PNG image cells. The real interface also declares
 * the {@code UTILITY} factory for renderers and comparators, which the stand-in leaves out.
 */
public interface PNGImageValue extends ImageValue {

    @Override
    public PNGImageContent getImageContent();
}
