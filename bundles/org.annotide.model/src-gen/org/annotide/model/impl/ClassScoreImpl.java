/**
 */
package org.annotide.model.impl;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.ClassScore;
import org.annotide.model.LabelClass;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Class Score</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.ClassScoreImpl#getLabelClass <em>Label Class</em>}</li>
 *   <li>{@link org.annotide.model.impl.ClassScoreImpl#getMeanIou <em>Mean Iou</em>}</li>
 *   <li>{@link org.annotide.model.impl.ClassScoreImpl#getCategoryAccuracy <em>Category Accuracy</em>}</li>
 *   <li>{@link org.annotide.model.impl.ClassScoreImpl#getMatched <em>Matched</em>}</li>
 *   <li>{@link org.annotide.model.impl.ClassScoreImpl#getMissed <em>Missed</em>}</li>
 *   <li>{@link org.annotide.model.impl.ClassScoreImpl#getExtra <em>Extra</em>}</li>
 *   <li>{@link org.annotide.model.impl.ClassScoreImpl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClassScoreImpl extends JournaledEObject implements ClassScore {
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
	 * The default value of the '{@link #getMeanIou() <em>Mean Iou</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanIou()
	 * @generated
	 * @ordered
	 */
	protected static final double MEAN_IOU_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMeanIou() <em>Mean Iou</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanIou()
	 * @generated
	 * @ordered
	 */
	protected double meanIou = MEAN_IOU_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategoryAccuracy() <em>Category Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryAccuracy()
	 * @generated
	 * @ordered
	 */
	protected static final double CATEGORY_ACCURACY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCategoryAccuracy() <em>Category Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryAccuracy()
	 * @generated
	 * @ordered
	 */
	protected double categoryAccuracy = CATEGORY_ACCURACY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMatched() <em>Matched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatched()
	 * @generated
	 * @ordered
	 */
	protected static final int MATCHED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMatched() <em>Matched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatched()
	 * @generated
	 * @ordered
	 */
	protected int matched = MATCHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissed() <em>Missed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissed()
	 * @generated
	 * @ordered
	 */
	protected static final int MISSED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMissed() <em>Missed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissed()
	 * @generated
	 * @ordered
	 */
	protected int missed = MISSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtra() <em>Extra</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtra()
	 * @generated
	 * @ordered
	 */
	protected static final int EXTRA_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExtra() <em>Extra</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtra()
	 * @generated
	 * @ordered
	 */
	protected int extra = EXTRA_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClassScoreImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.CLASS_SCORE;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.CLASS_SCORE__LABEL_CLASS, oldLabelClass, labelClass));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.CLASS_SCORE__LABEL_CLASS, oldLabelClass, labelClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMeanIou() {
		return meanIou;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeanIou(double newMeanIou) {
		double oldMeanIou = meanIou;
		meanIou = newMeanIou;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.CLASS_SCORE__MEAN_IOU, oldMeanIou, meanIou));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCategoryAccuracy() {
		return categoryAccuracy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategoryAccuracy(double newCategoryAccuracy) {
		double oldCategoryAccuracy = categoryAccuracy;
		categoryAccuracy = newCategoryAccuracy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.CLASS_SCORE__CATEGORY_ACCURACY, oldCategoryAccuracy, categoryAccuracy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMatched() {
		return matched;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMatched(int newMatched) {
		int oldMatched = matched;
		matched = newMatched;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.CLASS_SCORE__MATCHED, oldMatched, matched));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMissed() {
		return missed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissed(int newMissed) {
		int oldMissed = missed;
		missed = newMissed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.CLASS_SCORE__MISSED, oldMissed, missed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExtra() {
		return extra;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtra(int newExtra) {
		int oldExtra = extra;
		extra = newExtra;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.CLASS_SCORE__EXTRA, oldExtra, extra));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.CLASS_SCORE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnnotidePackage.CLASS_SCORE__LABEL_CLASS:
				if (resolve) return getLabelClass();
				return basicGetLabelClass();
			case AnnotidePackage.CLASS_SCORE__MEAN_IOU:
				return getMeanIou();
			case AnnotidePackage.CLASS_SCORE__CATEGORY_ACCURACY:
				return getCategoryAccuracy();
			case AnnotidePackage.CLASS_SCORE__MATCHED:
				return getMatched();
			case AnnotidePackage.CLASS_SCORE__MISSED:
				return getMissed();
			case AnnotidePackage.CLASS_SCORE__EXTRA:
				return getExtra();
			case AnnotidePackage.CLASS_SCORE__VALUE:
				return getValue();
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
			case AnnotidePackage.CLASS_SCORE__LABEL_CLASS:
				setLabelClass((LabelClass)newValue);
				return;
			case AnnotidePackage.CLASS_SCORE__MEAN_IOU:
				setMeanIou((Double)newValue);
				return;
			case AnnotidePackage.CLASS_SCORE__CATEGORY_ACCURACY:
				setCategoryAccuracy((Double)newValue);
				return;
			case AnnotidePackage.CLASS_SCORE__MATCHED:
				setMatched((Integer)newValue);
				return;
			case AnnotidePackage.CLASS_SCORE__MISSED:
				setMissed((Integer)newValue);
				return;
			case AnnotidePackage.CLASS_SCORE__EXTRA:
				setExtra((Integer)newValue);
				return;
			case AnnotidePackage.CLASS_SCORE__VALUE:
				setValue((Double)newValue);
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
			case AnnotidePackage.CLASS_SCORE__LABEL_CLASS:
				setLabelClass((LabelClass)null);
				return;
			case AnnotidePackage.CLASS_SCORE__MEAN_IOU:
				setMeanIou(MEAN_IOU_EDEFAULT);
				return;
			case AnnotidePackage.CLASS_SCORE__CATEGORY_ACCURACY:
				setCategoryAccuracy(CATEGORY_ACCURACY_EDEFAULT);
				return;
			case AnnotidePackage.CLASS_SCORE__MATCHED:
				setMatched(MATCHED_EDEFAULT);
				return;
			case AnnotidePackage.CLASS_SCORE__MISSED:
				setMissed(MISSED_EDEFAULT);
				return;
			case AnnotidePackage.CLASS_SCORE__EXTRA:
				setExtra(EXTRA_EDEFAULT);
				return;
			case AnnotidePackage.CLASS_SCORE__VALUE:
				setValue(VALUE_EDEFAULT);
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
			case AnnotidePackage.CLASS_SCORE__LABEL_CLASS:
				return labelClass != null;
			case AnnotidePackage.CLASS_SCORE__MEAN_IOU:
				return meanIou != MEAN_IOU_EDEFAULT;
			case AnnotidePackage.CLASS_SCORE__CATEGORY_ACCURACY:
				return categoryAccuracy != CATEGORY_ACCURACY_EDEFAULT;
			case AnnotidePackage.CLASS_SCORE__MATCHED:
				return matched != MATCHED_EDEFAULT;
			case AnnotidePackage.CLASS_SCORE__MISSED:
				return missed != MISSED_EDEFAULT;
			case AnnotidePackage.CLASS_SCORE__EXTRA:
				return extra != EXTRA_EDEFAULT;
			case AnnotidePackage.CLASS_SCORE__VALUE:
				return value != VALUE_EDEFAULT;
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
		result.append(" (meanIou: ");
		result.append(meanIou);
		result.append(", categoryAccuracy: ");
		result.append(categoryAccuracy);
		result.append(", matched: ");
		result.append(matched);
		result.append(", missed: ");
		result.append(missed);
		result.append(", extra: ");
		result.append(extra);
		result.append(", value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //ClassScoreImpl
