/**
 */
package org.annotide.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.Project#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.Project#getNextAnnotationId <em>Next Annotation Id</em>}</li>
 *   <li>{@link org.annotide.model.Project#getUsers <em>Users</em>}</li>
 *   <li>{@link org.annotide.model.Project#getLabelClasses <em>Label Classes</em>}</li>
 *   <li>{@link org.annotide.model.Project#getImages <em>Images</em>}</li>
 *   <li>{@link org.annotide.model.Project#getTrainingSets <em>Training Sets</em>}</li>
 *   <li>{@link org.annotide.model.Project#getTrainingJobs <em>Training Jobs</em>}</li>
 *   <li>{@link org.annotide.model.Project#getModels <em>Models</em>}</li>
 *   <li>{@link org.annotide.model.Project#getSelectionRounds <em>Selection Rounds</em>}</li>
 *   <li>{@link org.annotide.model.Project#getScoringFunctions <em>Scoring Functions</em>}</li>
 *   <li>{@link org.annotide.model.Project#getBenchmarks <em>Benchmarks</em>}</li>
 *   <li>{@link org.annotide.model.Project#getTrainingProjects <em>Training Projects</em>}</li>
 *   <li>{@link org.annotide.model.Project#getMetadata <em>Metadata</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getProject()
 * @model
 * @generated
 */
public interface Project extends Named {
	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getProject_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.Project#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Next Annotation Id</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id the next annotation receives; annotation ids are unique within the project and never reused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next Annotation Id</em>' attribute.
	 * @see #setNextAnnotationId(long)
	 * @see org.annotide.model.AnnotidePackage#getProject_NextAnnotationId()
	 * @model default="1"
	 * @generated
	 */
	long getNextAnnotationId();

	/**
	 * Sets the value of the '{@link org.annotide.model.Project#getNextAnnotationId <em>Next Annotation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Annotation Id</em>' attribute.
	 * @see #getNextAnnotationId()
	 * @generated
	 */
	void setNextAnnotationId(long value);

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.ImageAsset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getProject_Images()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImageAsset> getImages();

	/**
	 * Returns the value of the '<em><b>Label Classes</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.LabelClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Classes</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getProject_LabelClasses()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabelClass> getLabelClasses();

	/**
	 * Returns the value of the '<em><b>Training Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.TrainingSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training Sets</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getProject_TrainingSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingSet> getTrainingSets();

	/**
	 * Returns the value of the '<em><b>Users</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Users</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getProject_Users()
	 * @model containment="true"
	 * @generated
	 */
	EList<User> getUsers();

	/**
	 * Returns the value of the '<em><b>Training Jobs</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.TrainingJob}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training Jobs</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getProject_TrainingJobs()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingJob> getTrainingJobs();

	/**
	 * Returns the value of the '<em><b>Models</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.TrainedModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Models</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getProject_Models()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainedModel> getModels();

	/**
	 * Returns the value of the '<em><b>Selection Rounds</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.SelectionRound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selection Rounds</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getProject_SelectionRounds()
	 * @model containment="true"
	 * @generated
	 */
	EList<SelectionRound> getSelectionRounds();

	/**
	 * Returns the value of the '<em><b>Scoring Functions</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.ScoringFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scoring Functions</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getProject_ScoringFunctions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScoringFunction> getScoringFunctions();

	/**
	 * Returns the value of the '<em><b>Benchmarks</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.BenchmarkProject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benchmarks</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getProject_Benchmarks()
	 * @model containment="true"
	 * @generated
	 */
	EList<BenchmarkProject> getBenchmarks();

	/**
	 * Returns the value of the '<em><b>Training Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.TrainingProject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training Projects</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getProject_TrainingProjects()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingProject> getTrainingProjects();

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' map.
	 * @see org.annotide.model.AnnotidePackage#getProject_Metadata()
	 * @model mapType="org.annotide.model.StringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getMetadata();

} // Project
