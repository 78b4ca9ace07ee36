/**
 */
package org.annotide.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Job</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.TrainingJob#getType <em>Type</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getStatus <em>Status</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getTrainingSet <em>Training Set</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getValidationSet <em>Validation Set</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getLabelClasses <em>Label Classes</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getConfiguration <em>Configuration</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getProgress <em>Progress</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getErrorMessage <em>Error Message</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.annotide.model.TrainingJob#getResultModel <em>Result Model</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getTrainingJob()
 * @model
 * @generated
 */
public interface TrainingJob extends Named {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.annotide.model.TaskType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.annotide.model.TaskType
	 * @see #setType(TaskType)
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_Type()
	 * @model
	 * @generated
	 */
	TaskType getType();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingJob#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.annotide.model.TaskType
	 * @see #getType()
	 * @generated
	 */
	void setType(TaskType value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.annotide.model.JobStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.annotide.model.JobStatus
	 * @see #setStatus(JobStatus)
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_Status()
	 * @model
	 * @generated
	 */
	JobStatus getStatus();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingJob#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.annotide.model.JobStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(JobStatus value);

	/**
	 * Returns the value of the '<em><b>Training Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training Set</em>' reference.
	 * @see #setTrainingSet(TrainingSet)
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_TrainingSet()
	 * @model
	 * @generated
	 */
	TrainingSet getTrainingSet();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingJob#getTrainingSet <em>Training Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training Set</em>' reference.
	 * @see #getTrainingSet()
	 * @generated
	 */
	void setTrainingSet(TrainingSet value);

	/**
	 * Returns the value of the '<em><b>Validation Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Set</em>' reference.
	 * @see #setValidationSet(TrainingSet)
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_ValidationSet()
	 * @model
	 * @generated
	 */
	TrainingSet getValidationSet();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingJob#getValidationSet <em>Validation Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Set</em>' reference.
	 * @see #getValidationSet()
	 * @generated
	 */
	void setValidationSet(TrainingSet value);

	/**
	 * Returns the value of the '<em><b>Label Classes</b></em>' reference list.
	 * The list contents are of type {@link org.annotide.model.LabelClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Classes</em>' reference list.
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_LabelClasses()
	 * @model
	 * @generated
	 */
	EList<LabelClass> getLabelClasses();

	/**
	 * Returns the value of the '<em><b>Configuration</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trainer settings (architecture, epochs, batch size, learning rate, image size, device, ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Configuration</em>' map.
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_Configuration()
	 * @model mapType="org.annotide.model.StringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getConfiguration();

	/**
	 * Returns the value of the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created By</em>' attribute.
	 * @see #setCreatedBy(String)
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_CreatedBy()
	 * @model
	 * @generated
	 */
	String getCreatedBy();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingJob#getCreatedBy <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created By</em>' attribute.
	 * @see #getCreatedBy()
	 * @generated
	 */
	void setCreatedBy(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingJob#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_StartedAt()
	 * @model
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingJob#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_FinishedAt()
	 * @model
	 * @generated
	 */
	Date getFinishedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingJob#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress</em>' attribute.
	 * @see #setProgress(double)
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_Progress()
	 * @model
	 * @generated
	 */
	double getProgress();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingJob#getProgress <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress</em>' attribute.
	 * @see #getProgress()
	 * @generated
	 */
	void setProgress(double value);

	/**
	 * Returns the value of the '<em><b>Error Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Message</em>' attribute.
	 * @see #setErrorMessage(String)
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_ErrorMessage()
	 * @model
	 * @generated
	 */
	String getErrorMessage();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingJob#getErrorMessage <em>Error Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Message</em>' attribute.
	 * @see #getErrorMessage()
	 * @generated
	 */
	void setErrorMessage(String value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' containment reference list.
	 * The list contents are of type {@link org.annotide.model.EpochMetrics}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' containment reference list.
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_Epochs()
	 * @model containment="true"
	 * @generated
	 */
	EList<EpochMetrics> getEpochs();

	/**
	 * Returns the value of the '<em><b>Result Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result Model</em>' reference.
	 * @see #setResultModel(TrainedModel)
	 * @see org.annotide.model.AnnotidePackage#getTrainingJob_ResultModel()
	 * @model
	 * @generated
	 */
	TrainedModel getResultModel();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainingJob#getResultModel <em>Result Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result Model</em>' reference.
	 * @see #getResultModel()
	 * @generated
	 */
	void setResultModel(TrainedModel value);

} // TrainingJob
