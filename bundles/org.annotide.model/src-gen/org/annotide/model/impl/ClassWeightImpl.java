/**
 */
package org.annotide.model.impl;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.ClassWeight;
import org.annotide.model.LabelClass;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Class Weight</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.ClassWeightImpl#getLabelClass <em>Label Class</em>}</li>
 *   <li>{@link org.annotide.model.impl.ClassWeightImpl#getIouWeight <em>Iou Weight</em>}</li>
 *   <li>{@link org.annotide.model.impl.ClassWeightImpl#getCategoryWeight <em>Category Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClassWeightImpl extends JournaledEObject implements ClassWeight {
	/**
	 * The cached value of the '{@link #getLabelClass() <em>Label Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelClass()
	 * @generated
	 * @ordered
	 */
	protected LabelClass labelClass;

	/**
	 * The default value of the '{@link #getIouWeight() <em>Iou Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIouWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double IOU_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getIouWeight() <em>Iou Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIouWeight()
	 * @generated
	 * @ordered
	 */
	protected double iouWeight = IOU_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategoryWeight() <em>Category Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double CATEGORY_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getCategoryWeight() <em>Category Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryWeight()
	 * @generated
	 * @ordered
	 */
	protected double categoryWeight = CATEGORY_WEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClassWeightImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.CLASS_WEIGHT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelClass getLabelClass() {
		if (labelClass != null && labelClass.eIsProxy()) {
			InternalEObject oldLabelClass = (InternalEObject)labelClass;
			labelClass = (LabelClass)eResolveProxy(oldLabelClass);
			if (labelClass != oldLabelClass) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.CLASS_WEIGHT__LABEL_CLASS, oldLabelClass, labelClass));
			}
		}
		return labelClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LabelClass basicGetLabelClass() {
		return labelClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelClass(LabelClass newLabelClass) {
		LabelClass oldLabelClass = labelClass;
		labelClass = newLabelClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.CLASS_WEIGHT__LABEL_CLASS, oldLabelClass, labelClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIouWeight() {
		return iouWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIouWeight(double newIouWeight) {
		double oldIouWeight = iouWeight;
		iouWeight = newIouWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.CLASS_WEIGHT__IOU_WEIGHT, oldIouWeight, iouWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCategoryWeight() {
		return categoryWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategoryWeight(double newCategoryWeight) {
		double oldCategoryWeight = categoryWeight;
		categoryWeight = newCategoryWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.CLASS_WEIGHT__CATEGORY_WEIGHT, oldCategoryWeight, categoryWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnnotidePackage.CLASS_WEIGHT__LABEL_CLASS:
				if (resolve) return getLabelClass();
				return basicGetLabelClass();
			case AnnotidePackage.CLASS_WEIGHT__IOU_WEIGHT:
				return getIouWeight();
			case AnnotidePackage.CLASS_WEIGHT__CATEGORY_WEIGHT:
				return getCategoryWeight();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AnnotidePackage.CLASS_WEIGHT__LABEL_CLASS:
				setLabelClass((LabelClass)newValue);
				return;
			case AnnotidePackage.CLASS_WEIGHT__IOU_WEIGHT:
				setIouWeight((Double)newValue);
				return;
			case AnnotidePackage.CLASS_WEIGHT__CATEGORY_WEIGHT:
				setCategoryWeight((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AnnotidePackage.CLASS_WEIGHT__LABEL_CLASS:
				setLabelClass((LabelClass)null);
				return;
			case AnnotidePackage.CLASS_WEIGHT__IOU_WEIGHT:
				setIouWeight(IOU_WEIGHT_EDEFAULT);
				return;
			case AnnotidePackage.CLASS_WEIGHT__CATEGORY_WEIGHT:
				setCategoryWeight(CATEGORY_WEIGHT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AnnotidePackage.CLASS_WEIGHT__LABEL_CLASS:
				return labelClass != null;
			case AnnotidePackage.CLASS_WEIGHT__IOU_WEIGHT:
				return iouWeight != IOU_WEIGHT_EDEFAULT;
			case AnnotidePackage.CLASS_WEIGHT__CATEGORY_WEIGHT:
				return categoryWeight != CATEGORY_WEIGHT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (iouWeight: ");
		result.append(iouWeight);
		result.append(", categoryWeight: ");
		result.append(categoryWeight);
		result.append(')');
		return result.toString();
	}

} //ClassWeightImpl
