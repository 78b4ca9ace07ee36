/**
 */
package org.annotide.model.impl;

import java.lang.reflect.InvocationTargetException;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.Shape;
import org.annotide.model.ShapeKind;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shape</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class ShapeImpl extends JournaledEObject implements Shape {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShapeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.SHAPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public abstract ShapeKind getKind();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case AnnotidePackage.SHAPE___GET_KIND:
				return getKind();
		}
		return super.eInvoke(operationID, arguments);
	}

} //ShapeImpl
