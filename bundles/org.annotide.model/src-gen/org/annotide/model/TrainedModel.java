/**
 */
package org.annotide.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trained Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A model registry entry: weights on disk, what it predicts, how well it did. At most one model per task type is active for inference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.TrainedModel#getVersion <em>Version</em>}</li>
 *   <li>{@link org.annotide.model.TrainedModel#getType <em>Type</em>}</li>
 *   <li>{@link org.annotide.model.TrainedModel#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.annotide.model.TrainedModel#getWeightsLocation <em>Weights Location</em>}</li>
 *   <li>{@link org.annotide.model.TrainedModel#getInputSize <em>Input Size</em>}</li>
 *   <li>{@link org.annotide.model.TrainedModel#isActive <em>Active</em>}</li>
 *   <li>{@link org.annotide.model.TrainedModel#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.TrainedModel#getJob <em>Job</em>}</li>
 *   <li>{@link org.annotide.model.TrainedModel#getLabelClasses <em>Label Classes</em>}</li>
 *   <li>{@link org.annotide.model.TrainedModel#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @see org.annotide.model.AnnotidePackage#getTrainedModel()
 * @model
 * @generated
 */
public interface TrainedModel extends Named {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.annotide.model.AnnotidePackage#getTrainedModel_Version()
	 * @model
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainedModel#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.annotide.model.TaskType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.annotide.model.TaskType
	 * @see #setType(TaskType)
	 * @see org.annotide.model.AnnotidePackage#getTrainedModel_Type()
	 * @model
	 * @generated
	 */
	TaskType getType();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainedModel#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.annotide.model.TaskType
	 * @see #getType()
	 * @generated
	 */
	void setType(TaskType value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see #setArchitecture(String)
	 * @see org.annotide.model.AnnotidePackage#getTrainedModel_Architecture()
	 * @model
	 * @generated
	 */
	String getArchitecture();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainedModel#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(String value);

	/**
	 * Returns the value of the '<em><b>Weights Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weights Location</em>' attribute.
	 * @see #setWeightsLocation(String)
	 * @see org.annotide.model.AnnotidePackage#getTrainedModel_WeightsLocation()
	 * @model
	 * @generated
	 */
	String getWeightsLocation();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainedModel#getWeightsLocation <em>Weights Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weights Location</em>' attribute.
	 * @see #getWeightsLocation()
	 * @generated
	 */
	void setWeightsLocation(String value);

	/**
	 * Returns the value of the '<em><b>Input Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Size</em>' attribute.
	 * @see #setInputSize(int)
	 * @see org.annotide.model.AnnotidePackage#getTrainedModel_InputSize()
	 * @model
	 * @generated
	 */
	int getInputSize();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainedModel#getInputSize <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Size</em>' attribute.
	 * @see #getInputSize()
	 * @generated
	 */
	void setInputSize(int value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see org.annotide.model.AnnotidePackage#getTrainedModel_Active()
	 * @model
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainedModel#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.annotide.model.AnnotidePackage#getTrainedModel_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainedModel#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Job</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Job</em>' reference.
	 * @see #setJob(TrainingJob)
	 * @see org.annotide.model.AnnotidePackage#getTrainedModel_Job()
	 * @model
	 * @generated
	 */
	TrainingJob getJob();

	/**
	 * Sets the value of the '{@link org.annotide.model.TrainedModel#getJob <em>Job</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job</em>' reference.
	 * @see #getJob()
	 * @generated
	 */
	void setJob(TrainingJob value);

	/**
	 * Returns the value of the '<em><b>Label Classes</b></em>' reference list.
	 * The list contents are of type {@link org.annotide.model.LabelClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The classes the model predicts, in the order of its outputs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Classes</em>' reference list.
	 * @see org.annotide.model.AnnotidePackage#getTrainedModel_LabelClasses()
	 * @model
	 * @generated
	 */
	EList<LabelClass> getLabelClasses();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.Double},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' map.
	 * @see org.annotide.model.AnnotidePackage#getTrainedModel_Metrics()
	 * @model mapType="org.annotide.model.StringToDoubleMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EDoubleObject&gt;"
	 * @generated
	 */
	EMap<String, Double> getMetrics();

} // TrainedModel
