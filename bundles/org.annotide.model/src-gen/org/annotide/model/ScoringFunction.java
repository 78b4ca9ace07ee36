/**
 */
package org.annotide.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring Function</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a submission is scored against ground truth: per ontology class an IoU weight and a category weight, with defaults for classes not listed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.ScoringFunction#getIouThreshold <em>Iou Threshold</em>}</li>
 *   <li>{@link org.annotide.model.ScoringFunction#getDefaultIouWeight <em>Default Iou Weight</em>}</li>
 *   <li>{@link org.annotide.model.ScoringFunction#getDefaultCategoryWeight <em>Default Category Weight</em>}</li>
 *   <li>{@link org.annotide.model.ScoringFunction#getClassWeights <em>Class Weights</em>}</li>
 *   <li>{@link org.annotide.model.ScoringFunction#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getScoringFunction()
 * @model
 * @generated
 */
public interface ScoringFunction extends Named {
	/**
	 * Returns the value of the '<em><b>Iou Threshold</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iou Threshold</em>' attribute.
	 * @see #setIouThreshold(double)
	 * @see org.annotide.model.AnnotidePackage#getScoringFunction_IouThreshold()
	 * @model default="0.5"
	 * @generated
	 */
	double getIouThreshold();

	/**
	 * Sets the value of the '{@link org.annotide.model.ScoringFunction#getIouThreshold <em>Iou Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iou Threshold</em>' attribute.
	 * @see #getIouThreshold()
	 * @generated
	 */
	void setIouThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Default Iou Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Iou Weight</em>' attribute.
	 * @see #setDefaultIouWeight(double)
	 * @see org.annotide.model.AnnotidePackage#getScoringFunction_DefaultIouWeight()
	 * @model default="1.0"
	 * @generated
	 */
	double getDefaultIouWeight();

	/**
	 * Sets the value of the '{@link org.annotide.model.ScoringFunction#getDefaultIouWeight <em>Default Iou Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Iou Weight</em>' attribute.
	 * @see #getDefaultIouWeight()
	 * @generated
	 */
	void setDefaultIouWeight(double value);

	/**
	 * Returns the value of the '<em><b>Default Category Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Category Weight</em>' attribute.
	 * @see #setDefaultCategoryWeight(double)
	 * @see org.annotide.model.AnnotidePackage#getScoringFunction_DefaultCategoryWeight()
	 * @model default="1.0"
	 * @generated
	 */
	double getDefaultCategoryWeight();

	/**
	 * Sets the value of the '{@link org.annotide.model.ScoringFunction#getDefaultCategoryWeight <em>Default Category Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Category Weight</em>' attribute.
	 * @see #getDefaultCategoryWeight()
	 * @generated
	 */
	void setDefaultCategoryWeight(double value);

	/**
	 * Returns the value of the '<em><b>Class Weights</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.ClassWeight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Weights</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getScoringFunction_ClassWeights()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClassWeight> getClassWeights();

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.annotide.model.ScoringMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dynamic: objects and classifications scored by similarity and category (see docs/annotator-training.md); classification: image-level classes only, a task scores 100 when its classes equal the ground truth's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.annotide.model.ScoringMode
	 * @see #setMode(ScoringMode)
	 * @see org.annotide.model.AnnotidePackage#getScoringFunction_Mode()
	 * @model
	 * @generated
	 */
	ScoringMode getMode();

	/**
	 * Sets the value of the '{@link org.annotide.model.ScoringFunction#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.annotide.model.ScoringMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ScoringMode value);

} // ScoringFunction
