/**
 */
package org.annotide.model;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Epoch Metrics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.EpochMetrics#getEpoch <em>Epoch</em>}</li>
 *   <li>{@link org.annotide.model.EpochMetrics#getTrainLoss <em>Train Loss</em>}</li>
 *   <li>{@link org.annotide.model.EpochMetrics#getValidationLoss <em>Validation Loss</em>}</li>
 *   <li>{@link org.annotide.model.EpochMetrics#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.annotide.model.EpochMetrics#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getEpochMetrics()
 * @model
 * @generated
 */
public interface EpochMetrics extends EObject {
	/**
	 * Returns the value of the '<em><b>Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epoch</em>' attribute.
	 * @see #setEpoch(int)
	 * @see org.annotide.model.AnnotidePackage#getEpochMetrics_Epoch()
	 * @model
	 * @generated
	 */
	int getEpoch();

	/**
	 * Sets the value of the '{@link org.annotide.model.EpochMetrics#getEpoch <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epoch</em>' attribute.
	 * @see #getEpoch()
	 * @generated
	 */
	void setEpoch(int value);

	/**
	 * Returns the value of the '<em><b>Train Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Loss</em>' attribute.
	 * @see #setTrainLoss(double)
	 * @see org.annotide.model.AnnotidePackage#getEpochMetrics_TrainLoss()
	 * @model
	 * @generated
	 */
	double getTrainLoss();

	/**
	 * Sets the value of the '{@link org.annotide.model.EpochMetrics#getTrainLoss <em>Train Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Loss</em>' attribute.
	 * @see #getTrainLoss()
	 * @generated
	 */
	void setTrainLoss(double value);

	/**
	 * Returns the value of the '<em><b>Validation Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Loss</em>' attribute.
	 * @see #setValidationLoss(double)
	 * @see org.annotide.model.AnnotidePackage#getEpochMetrics_ValidationLoss()
	 * @model
	 * @generated
	 */
	double getValidationLoss();

	/**
	 * Sets the value of the '{@link org.annotide.model.EpochMetrics#getValidationLoss <em>Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Loss</em>' attribute.
	 * @see #getValidationLoss()
	 * @generated
	 */
	void setValidationLoss(double value);

	/**
	 * Returns the value of the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Millis</em>' attribute.
	 * @see #setDurationMillis(long)
	 * @see org.annotide.model.AnnotidePackage#getEpochMetrics_DurationMillis()
	 * @model
	 * @generated
	 */
	long getDurationMillis();

	/**
	 * Sets the value of the '{@link org.annotide.model.EpochMetrics#getDurationMillis <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Millis</em>' attribute.
	 * @see #getDurationMillis()
	 * @generated
	 */
	void setDurationMillis(long value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.Double},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' map.
	 * @see org.annotide.model.AnnotidePackage#getEpochMetrics_Metrics()
	 * @model mapType="org.annotide.model.StringToDoubleMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EDoubleObject&gt;"
	 * @generated
	 */
	EMap<String, Double> getMetrics();

} // EpochMetrics
