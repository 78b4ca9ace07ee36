/**
 */
package org.annotide.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Class Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.ClassScore#getLabelClass <em>Label Class</em>}</li>
 *   <li>{@link org.annotide.model.ClassScore#getMeanIou <em>Mean Iou</em>}</li>
 *   <li>{@link org.annotide.model.ClassScore#getCategoryAccuracy <em>Category Accuracy</em>}</li>
 *   <li>{@link org.annotide.model.ClassScore#getMatched <em>Matched</em>}</li>
 *   <li>{@link org.annotide.model.ClassScore#getMissed <em>Missed</em>}</li>
 *   <li>{@link org.annotide.model.ClassScore#getExtra <em>Extra</em>}</li>
 *   <li>{@link org.annotide.model.ClassScore#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getClassScore()
 * @model
 * @generated
 */
public interface ClassScore extends EObject {
	/**
	 * Returns the value of the '<em><b>Label Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Class</em>' reference.
	 * @see #setLabelClass(LabelClass)
	 * @see org.annotide.model.AnnotidePackage#getClassScore_LabelClass()
	 * @model
	 * @generated
	 */
	LabelClass getLabelClass();

	/**
	 * Sets the value of the '{@link org.annotide.model.ClassScore#getLabelClass <em>Label Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Class</em>' reference.
	 * @see #getLabelClass()
	 * @generated
	 */
	void setLabelClass(LabelClass value);

	/**
	 * Returns the value of the '<em><b>Mean Iou</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean Iou</em>' attribute.
	 * @see #setMeanIou(double)
	 * @see org.annotide.model.AnnotidePackage#getClassScore_MeanIou()
	 * @model
	 * @generated
	 */
	double getMeanIou();

	/**
	 * Sets the value of the '{@link org.annotide.model.ClassScore#getMeanIou <em>Mean Iou</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean Iou</em>' attribute.
	 * @see #getMeanIou()
	 * @generated
	 */
	void setMeanIou(double value);

	/**
	 * Returns the value of the '<em><b>Category Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category Accuracy</em>' attribute.
	 * @see #setCategoryAccuracy(double)
	 * @see org.annotide.model.AnnotidePackage#getClassScore_CategoryAccuracy()
	 * @model
	 * @generated
	 */
	double getCategoryAccuracy();

	/**
	 * Sets the value of the '{@link org.annotide.model.ClassScore#getCategoryAccuracy <em>Category Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category Accuracy</em>' attribute.
	 * @see #getCategoryAccuracy()
	 * @generated
	 */
	void setCategoryAccuracy(double value);

	/**
	 * Returns the value of the '<em><b>Matched</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Matched</em>' attribute.
	 * @see #setMatched(int)
	 * @see org.annotide.model.AnnotidePackage#getClassScore_Matched()
	 * @model
	 * @generated
	 */
	int getMatched();

	/**
	 * Sets the value of the '{@link org.annotide.model.ClassScore#getMatched <em>Matched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Matched</em>' attribute.
	 * @see #getMatched()
	 * @generated
	 */
	void setMatched(int value);

	/**
	 * Returns the value of the '<em><b>Missed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missed</em>' attribute.
	 * @see #setMissed(int)
	 * @see org.annotide.model.AnnotidePackage#getClassScore_Missed()
	 * @model
	 * @generated
	 */
	int getMissed();

	/**
	 * Sets the value of the '{@link org.annotide.model.ClassScore#getMissed <em>Missed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missed</em>' attribute.
	 * @see #getMissed()
	 * @generated
	 */
	void setMissed(int value);

	/**
	 * Returns the value of the '<em><b>Extra</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extra</em>' attribute.
	 * @see #setExtra(int)
	 * @see org.annotide.model.AnnotidePackage#getClassScore_Extra()
	 * @model
	 * @generated
	 */
	int getExtra();

	/**
	 * Sets the value of the '{@link org.annotide.model.ClassScore#getExtra <em>Extra</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extra</em>' attribute.
	 * @see #getExtra()
	 * @generated
	 */
	void setExtra(int value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.annotide.model.AnnotidePackage#getClassScore_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.annotide.model.ClassScore#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

} // ClassScore
