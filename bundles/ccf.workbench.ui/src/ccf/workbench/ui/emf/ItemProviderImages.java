/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the images of EMF.Edit item providers (URLs, or composed images whose first layer is the base icon)
 * into SWT images owned by a resource manager, so that they are created once and disposed with it.
 */
public final class ItemProviderImages {

	private final ResourceManager resources;

	public ItemProviderImages(ResourceManager resources) {
		this.resources = resources;
	}

	/** @return the image, or null when {@code image} is not something an item provider returns */
	public Image get(Object image) {
		ImageDescriptor descriptor = descriptor(image);
		return descriptor == null ? null : resources.create(descriptor);
	}

	private static ImageDescriptor descriptor(Object image) {
		if (image instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (image instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (image instanceof ComposedImage composed) {
			List<Object> layers = composed.getImages();
			return layers.isEmpty() ? null : descriptor(layers.get(0));
		}
		return null;
	}
}
