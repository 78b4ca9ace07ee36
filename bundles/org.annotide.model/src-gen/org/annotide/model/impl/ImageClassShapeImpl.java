/**
 */
package org.annotide.model.impl;

import java.lang.reflect.InvocationTargetException;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.ImageClassShape;
import org.annotide.model.ShapeKind;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image Class Shape</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ImageClassShapeImpl extends ShapeImpl implements ImageClassShape {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageClassShapeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.IMAGE_CLASS_SHAPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShapeKind getKind() {
		return ShapeKind.IMAGE_CLASS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case AnnotidePackage.IMAGE_CLASS_SHAPE___GET_KIND:
				return getKind();
		}
		return super.eInvoke(operationID, arguments);
	}

} //ImageClassShapeImpl
