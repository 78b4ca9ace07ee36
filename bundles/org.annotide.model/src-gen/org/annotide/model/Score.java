/**
 */
package org.annotide.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.Score#getScoringFunction <em>Scoring Function</em>}</li>
 *   <li>{@link org.annotide.model.Score#getValue <em>Value</em>}</li>
 *   <li>{@link org.annotide.model.Score#getComputedAt <em>Computed At</em>}</li>
 *   <li>{@link org.annotide.model.Score#getClassScores <em>Class Scores</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getScore()
 * @model
 * @generated
 */
public interface Score extends EObject {
	/**
	 * Returns the value of the '<em><b>Scoring Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scoring Function</em>' reference.
	 * @see #setScoringFunction(ScoringFunction)
	 * @see org.annotide.model.AnnotidePackage#getScore_ScoringFunction()
	 * @model
	 * @generated
	 */
	ScoringFunction getScoringFunction();

	/**
	 * Sets the value of the '{@link org.annotide.model.Score#getScoringFunction <em>Scoring Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring Function</em>' reference.
	 * @see #getScoringFunction()
	 * @generated
	 */
	void setScoringFunction(ScoringFunction value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.annotide.model.AnnotidePackage#getScore_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.annotide.model.Score#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Computed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Computed At</em>' attribute.
	 * @see #setComputedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getScore_ComputedAt()
	 * @model
	 * @generated
	 */
	Date getComputedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.Score#getComputedAt <em>Computed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Computed At</em>' attribute.
	 * @see #getComputedAt()
	 * @generated
	 */
	void setComputedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Class Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.ClassScore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Scores</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getScore_ClassScores()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClassScore> getClassScores();

} // Score
