package org.annotide.core.store;

import java.util.Arrays;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Deep comparison of two models, comparing array values by content (EMF compares them by identity): what a
 * store must give back after a reopen, a replay or a recovery. Used by the store's tests and the crash harness.
 */
public final class ModelDiff {

    private ModelDiff() {
    }

    public static boolean equal(EObject a, EObject b) {
        return new EcoreUtil.EqualityHelper() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualAttribute(EObject first, EObject second, EAttribute attribute) {
                Object x = first.eGet(attribute);
                Object y = second.eGet(attribute);
                if (x instanceof double[] dx && y instanceof double[] dy) {
                    return Arrays.equals(dx, dy);
                }
                if (x instanceof int[] ix && y instanceof int[] iy) {
                    return Arrays.equals(ix, iy);
                }
                return super.haveEqualAttribute(first, second, attribute);
            }
        }.equals(a, b);
    }
}
