/**
 */
package org.annotide.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.TrainingProject#getBenchmark <em>Benchmark</em>}</li>
 *   <li>{@link org.annotide.model.TrainingProject#getScoringFunction <em>Scoring Function</em>}</li>
 *   <li>{@link org.annotide.model.TrainingProject#getTrainees <em>Trainees</em>}</li>
 *   <li>{@link org.annotide.model.TrainingProject#getManager <em>Manager</em>}</li>
 *   <li>{@link org.annotide.model.TrainingProject#getStatus <em>Status</em>}</li>
 *   <li>{@link org.annotide.model.TrainingProject#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.TrainingProject#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getTrainingProject()
 * @model
 * @generated
 */
public interface TrainingProject extends Named {
	/**
	 * Returns the value of the '<em><b>Benchmark</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benchmark</em>' reference.
	 * @see #setBenchmark(BenchmarkProject)
	 * @see org.annotide.model.AnnotidePackage#getTrainingProject_Benchmark()
	 * @model
	 * @generated
	 */
	BenchmarkProject getBenchmark();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingProject#getBenchmark <em>Benchmark</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Benchmark</em>' reference.
	 * @see #getBenchmark()
	 * @generated
	 */
	void setBenchmark(BenchmarkProject value);

	/**
	 * Returns the value of the '<em><b>Scoring Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scoring Function</em>' reference.
	 * @see #setScoringFunction(ScoringFunction)
	 * @see org.annotide.model.AnnotidePackage#getTrainingProject_ScoringFunction()
	 * @model
	 * @generated
	 */
	ScoringFunction getScoringFunction();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingProject#getScoringFunction <em>Scoring Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring Function</em>' reference.
	 * @see #getScoringFunction()
	 * @generated
	 */
	void setScoringFunction(ScoringFunction value);

	/**
	 * Returns the value of the '<em><b>Trainees</b></em>' reference list.
	 * The list contents are of type {@link org.annotide.model.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trainees</em>' reference list.
	 * @see org.annotide.model.AnnotidePackage#getTrainingProject_Trainees()
	 * @model
	 * @generated
	 */
	EList<User> getTrainees();

	/**
	 * Returns the value of the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manager</em>' reference.
	 * @see #setManager(User)
	 * @see org.annotide.model.AnnotidePackage#getTrainingProject_Manager()
	 * @model
	 * @generated
	 */
	User getManager();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingProject#getManager <em>Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manager</em>' reference.
	 * @see #getManager()
	 * @generated
	 */
	void setManager(User value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.annotide.model.TrainingProjectStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.annotide.model.TrainingProjectStatus
	 * @see #setStatus(TrainingProjectStatus)
	 * @see org.annotide.model.AnnotidePackage#getTrainingProject_Status()
	 * @model
	 * @generated
	 */
	TrainingProjectStatus getStatus();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingProject#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.annotide.model.TrainingProjectStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(TrainingProjectStatus value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getTrainingProject_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingProject#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.AnnotatorTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getTrainingProject_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnnotatorTask> getTasks();

} // TrainingProject
