/**
 * The generated EMF implementation classes of the model, and {@link org.annotide.model.impl.JournaledEObject},
 * their common base. Exported because EMF needs the classes reachable (factories, reflective access); other
 * bundles program against the interfaces in {@code org.annotide.model} and create objects through
 * {@code AnnotideFactory}, never by naming a class of this package.
 */
package org.annotide.model.impl;
