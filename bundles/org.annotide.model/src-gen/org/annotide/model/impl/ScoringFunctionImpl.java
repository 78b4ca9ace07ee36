/**
 */
package org.annotide.model.impl;

import java.util.Collection;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.ClassWeight;
import org.annotide.model.ScoringFunction;

import org.annotide.model.ScoringMode;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring Function</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.ScoringFunctionImpl#getIouThreshold <em>Iou Threshold</em>}</li>
 *   <li>{@link org.annotide.model.impl.ScoringFunctionImpl#getDefaultIouWeight <em>Default Iou Weight</em>}</li>
 *   <li>{@link org.annotide.model.impl.ScoringFunctionImpl#getDefaultCategoryWeight <em>Default Category Weight</em>}</li>
 *   <li>{@link org.annotide.model.impl.ScoringFunctionImpl#getClassWeights <em>Class Weights</em>}</li>
 *   <li>{@link org.annotide.model.impl.ScoringFunctionImpl#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringFunctionImpl extends NamedImpl implements ScoringFunction {
	/**
	 * The default value of the '{@link #getIouThreshold() <em>Iou Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIouThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double IOU_THRESHOLD_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getIouThreshold() <em>Iou Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIouThreshold()
	 * @generated
	 * @ordered
	 */
	protected double iouThreshold = IOU_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefaultIouWeight() <em>Default Iou Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultIouWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double DEFAULT_IOU_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getDefaultIouWeight() <em>Default Iou Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultIouWeight()
	 * @generated
	 * @ordered
	 */
	protected double defaultIouWeight = DEFAULT_IOU_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefaultCategoryWeight() <em>Default Category Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultCategoryWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double DEFAULT_CATEGORY_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getDefaultCategoryWeight() <em>Default Category Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultCategoryWeight()
	 * @generated
	 * @ordered
	 */
	protected double defaultCategoryWeight = DEFAULT_CATEGORY_WEIGHT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClassWeights() <em>Class Weights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<ClassWeight> classWeights;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final ScoringMode MODE_EDEFAULT = ScoringMode.DYNAMIC;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected ScoringMode mode = MODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringFunctionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.SCORING_FUNCTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIouThreshold() {
		return iouThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIouThreshold(double newIouThreshold) {
		double oldIouThreshold = iouThreshold;
		iouThreshold = newIouThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.SCORING_FUNCTION__IOU_THRESHOLD, oldIouThreshold, iouThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDefaultIouWeight() {
		return defaultIouWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultIouWeight(double newDefaultIouWeight) {
		double oldDefaultIouWeight = defaultIouWeight;
		defaultIouWeight = newDefaultIouWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.SCORING_FUNCTION__DEFAULT_IOU_WEIGHT, oldDefaultIouWeight, defaultIouWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDefaultCategoryWeight() {
		return defaultCategoryWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultCategoryWeight(double newDefaultCategoryWeight) {
		double oldDefaultCategoryWeight = defaultCategoryWeight;
		defaultCategoryWeight = newDefaultCategoryWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.SCORING_FUNCTION__DEFAULT_CATEGORY_WEIGHT, oldDefaultCategoryWeight, defaultCategoryWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClassWeight> getClassWeights() {
		if (classWeights == null) {
			classWeights = new EObjectContainmentEList<ClassWeight>(ClassWeight.class, this, AnnotidePackage.SCORING_FUNCTION__CLASS_WEIGHTS);
		}
		return classWeights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(ScoringMode newMode) {
		ScoringMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.SCORING_FUNCTION__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnnotidePackage.SCORING_FUNCTION__CLASS_WEIGHTS:
				return ((InternalEList<?>)getClassWeights()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnnotidePackage.SCORING_FUNCTION__IOU_THRESHOLD:
				return getIouThreshold();
			case AnnotidePackage.SCORING_FUNCTION__DEFAULT_IOU_WEIGHT:
				return getDefaultIouWeight();
			case AnnotidePackage.SCORING_FUNCTION__DEFAULT_CATEGORY_WEIGHT:
				return getDefaultCategoryWeight();
			case AnnotidePackage.SCORING_FUNCTION__CLASS_WEIGHTS:
				return getClassWeights();
			case AnnotidePackage.SCORING_FUNCTION__MODE:
				return getMode();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AnnotidePackage.SCORING_FUNCTION__IOU_THRESHOLD:
				setIouThreshold((Double)newValue);
				return;
			case AnnotidePackage.SCORING_FUNCTION__DEFAULT_IOU_WEIGHT:
				setDefaultIouWeight((Double)newValue);
				return;
			case AnnotidePackage.SCORING_FUNCTION__DEFAULT_CATEGORY_WEIGHT:
				setDefaultCategoryWeight((Double)newValue);
				return;
			case AnnotidePackage.SCORING_FUNCTION__CLASS_WEIGHTS:
				getClassWeights().clear();
				getClassWeights().addAll((Collection<? extends ClassWeight>)newValue);
				return;
			case AnnotidePackage.SCORING_FUNCTION__MODE:
				setMode((ScoringMode)newValue);
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
			case AnnotidePackage.SCORING_FUNCTION__IOU_THRESHOLD:
				setIouThreshold(IOU_THRESHOLD_EDEFAULT);
				return;
			case AnnotidePackage.SCORING_FUNCTION__DEFAULT_IOU_WEIGHT:
				setDefaultIouWeight(DEFAULT_IOU_WEIGHT_EDEFAULT);
				return;
			case AnnotidePackage.SCORING_FUNCTION__DEFAULT_CATEGORY_WEIGHT:
				setDefaultCategoryWeight(DEFAULT_CATEGORY_WEIGHT_EDEFAULT);
				return;
			case AnnotidePackage.SCORING_FUNCTION__CLASS_WEIGHTS:
				getClassWeights().clear();
				return;
			case AnnotidePackage.SCORING_FUNCTION__MODE:
				setMode(MODE_EDEFAULT);
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
			case AnnotidePackage.SCORING_FUNCTION__IOU_THRESHOLD:
				return iouThreshold != IOU_THRESHOLD_EDEFAULT;
			case AnnotidePackage.SCORING_FUNCTION__DEFAULT_IOU_WEIGHT:
				return defaultIouWeight != DEFAULT_IOU_WEIGHT_EDEFAULT;
			case AnnotidePackage.SCORING_FUNCTION__DEFAULT_CATEGORY_WEIGHT:
				return defaultCategoryWeight != DEFAULT_CATEGORY_WEIGHT_EDEFAULT;
			case AnnotidePackage.SCORING_FUNCTION__CLASS_WEIGHTS:
				return classWeights != null && !classWeights.isEmpty();
			case AnnotidePackage.SCORING_FUNCTION__MODE:
				return mode != MODE_EDEFAULT;
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
		result.append(" (iouThreshold: ");
		result.append(iouThreshold);
		result.append(", defaultIouWeight: ");
		result.append(defaultIouWeight);
		result.append(", defaultCategoryWeight: ");
		result.append(defaultCategoryWeight);
		result.append(", mode: ");
		result.append(mode);
		result.append(')');
		return result.toString();
	}

} //ScoringFunctionImpl
