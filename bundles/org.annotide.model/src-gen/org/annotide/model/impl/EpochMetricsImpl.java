/**
 */
package org.annotide.model.impl;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.EpochMetrics;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Epoch Metrics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.EpochMetricsImpl#getEpoch <em>Epoch</em>}</li>
 *   <li>{@link org.annotide.model.impl.EpochMetricsImpl#getTrainLoss <em>Train Loss</em>}</li>
 *   <li>{@link org.annotide.model.impl.EpochMetricsImpl#getValidationLoss <em>Validation Loss</em>}</li>
 *   <li>{@link org.annotide.model.impl.EpochMetricsImpl#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.annotide.model.impl.EpochMetricsImpl#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EpochMetricsImpl extends JournaledEObject implements EpochMetrics {
	/**
	 * The default value of the '{@link #getEpoch() <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpoch()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEpoch() <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpoch()
	 * @generated
	 * @ordered
	 */
	protected int epoch = EPOCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainLoss() <em>Train Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainLoss()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAIN_LOSS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTrainLoss() <em>Train Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainLoss()
	 * @generated
	 * @ordered
	 */
	protected double trainLoss = TRAIN_LOSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationLoss() <em>Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationLoss()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_LOSS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValidationLoss() <em>Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationLoss()
	 * @generated
	 * @ordered
	 */
	protected double validationLoss = VALIDATION_LOSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected long durationMillis = DURATION_MILLIS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Double> metrics;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EpochMetricsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.EPOCH_METRICS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpoch() {
		return epoch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpoch(int newEpoch) {
		int oldEpoch = epoch;
		epoch = newEpoch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.EPOCH_METRICS__EPOCH, oldEpoch, epoch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrainLoss() {
		return trainLoss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainLoss(double newTrainLoss) {
		double oldTrainLoss = trainLoss;
		trainLoss = newTrainLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.EPOCH_METRICS__TRAIN_LOSS, oldTrainLoss, trainLoss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationLoss() {
		return validationLoss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationLoss(double newValidationLoss) {
		double oldValidationLoss = validationLoss;
		validationLoss = newValidationLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.EPOCH_METRICS__VALIDATION_LOSS, oldValidationLoss, validationLoss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationMillis() {
		return durationMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMillis(long newDurationMillis) {
		long oldDurationMillis = durationMillis;
		durationMillis = newDurationMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.EPOCH_METRICS__DURATION_MILLIS, oldDurationMillis, durationMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Double> getMetrics() {
		if (metrics == null) {
			metrics = new EcoreEMap<String,Double>(AnnotidePackage.Literals.STRING_TO_DOUBLE_MAP_ENTRY, StringToDoubleMapEntryImpl.class, this, AnnotidePackage.EPOCH_METRICS__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnnotidePackage.EPOCH_METRICS__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
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
			case AnnotidePackage.EPOCH_METRICS__EPOCH:
				return getEpoch();
			case AnnotidePackage.EPOCH_METRICS__TRAIN_LOSS:
				return getTrainLoss();
			case AnnotidePackage.EPOCH_METRICS__VALIDATION_LOSS:
				return getValidationLoss();
			case AnnotidePackage.EPOCH_METRICS__DURATION_MILLIS:
				return getDurationMillis();
			case AnnotidePackage.EPOCH_METRICS__METRICS:
				if (coreType) return getMetrics();
				else return getMetrics().map();
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
			case AnnotidePackage.EPOCH_METRICS__EPOCH:
				setEpoch((Integer)newValue);
				return;
			case AnnotidePackage.EPOCH_METRICS__TRAIN_LOSS:
				setTrainLoss((Double)newValue);
				return;
			case AnnotidePackage.EPOCH_METRICS__VALIDATION_LOSS:
				setValidationLoss((Double)newValue);
				return;
			case AnnotidePackage.EPOCH_METRICS__DURATION_MILLIS:
				setDurationMillis((Long)newValue);
				return;
			case AnnotidePackage.EPOCH_METRICS__METRICS:
				((EStructuralFeature.Setting)getMetrics()).set(newValue);
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
			case AnnotidePackage.EPOCH_METRICS__EPOCH:
				setEpoch(EPOCH_EDEFAULT);
				return;
			case AnnotidePackage.EPOCH_METRICS__TRAIN_LOSS:
				setTrainLoss(TRAIN_LOSS_EDEFAULT);
				return;
			case AnnotidePackage.EPOCH_METRICS__VALIDATION_LOSS:
				setValidationLoss(VALIDATION_LOSS_EDEFAULT);
				return;
			case AnnotidePackage.EPOCH_METRICS__DURATION_MILLIS:
				setDurationMillis(DURATION_MILLIS_EDEFAULT);
				return;
			case AnnotidePackage.EPOCH_METRICS__METRICS:
				getMetrics().clear();
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
			case AnnotidePackage.EPOCH_METRICS__EPOCH:
				return epoch != EPOCH_EDEFAULT;
			case AnnotidePackage.EPOCH_METRICS__TRAIN_LOSS:
				return trainLoss != TRAIN_LOSS_EDEFAULT;
			case AnnotidePackage.EPOCH_METRICS__VALIDATION_LOSS:
				return validationLoss != VALIDATION_LOSS_EDEFAULT;
			case AnnotidePackage.EPOCH_METRICS__DURATION_MILLIS:
				return durationMillis != DURATION_MILLIS_EDEFAULT;
			case AnnotidePackage.EPOCH_METRICS__METRICS:
				return metrics != null && !metrics.isEmpty();
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
		result.append(" (epoch: ");
		result.append(epoch);
		result.append(", trainLoss: ");
		result.append(trainLoss);
		result.append(", validationLoss: ");
		result.append(validationLoss);
		result.append(", durationMillis: ");
		result.append(durationMillis);
		result.append(')');
		return result.toString();
	}

} //EpochMetricsImpl
