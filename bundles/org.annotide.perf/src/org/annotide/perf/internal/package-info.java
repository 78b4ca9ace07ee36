/**
 * The demo project a newcomer sees on first start (synthetic images and matching annotations, made here so
 * nothing is downloaded). Used by the client's welcome action and the {@code demo} command; not API for other
 * plug-ins.
 */
package org.annotide.core.demo;
