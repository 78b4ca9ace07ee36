/**
 */
package org.annotide.model.impl;

import java.util.Collection;
import java.util.Date;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.EpochMetrics;
import org.annotide.model.JobStatus;
import org.annotide.model.LabelClass;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.annotide.model.TrainingSet;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Job</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getTrainingSet <em>Training Set</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getValidationSet <em>Validation Set</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getLabelClasses <em>Label Classes</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getConfiguration <em>Configuration</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getProgress <em>Progress</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getErrorMessage <em>Error Message</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingJobImpl#getResultModel <em>Result Model</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingJobImpl extends NamedImpl implements TrainingJob {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final TaskType TYPE_EDEFAULT = TaskType.CLASSIFY;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected TaskType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final JobStatus STATUS_EDEFAULT = JobStatus.PENDING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected JobStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrainingSet() <em>Training Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingSet()
	 * @generated
	 * @ordered
	 */
	protected TrainingSet trainingSet;

	/**
	 * The cached value of the '{@link #getValidationSet() <em>Validation Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationSet()
	 * @generated
	 * @ordered
	 */
	protected TrainingSet validationSet;

	/**
	 * The cached value of the '{@link #getLabelClasses() <em>Label Classes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelClass> labelClasses;

	/**
	 * The cached value of the '{@link #getConfiguration() <em>Configuration</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfiguration()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> configuration;

	/**
	 * The default value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected String createdBy = CREATED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Date startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date FINISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected Date finishedAt = FINISHED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgress() <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected static final double PROGRESS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getProgress() <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected double progress = PROGRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrorMessage() <em>Error Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String ERROR_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getErrorMessage() <em>Error Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorMessage()
	 * @generated
	 * @ordered
	 */
	protected String errorMessage = ERROR_MESSAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected EList<EpochMetrics> epochs;

	/**
	 * The cached value of the '{@link #getResultModel() <em>Result Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResultModel()
	 * @generated
	 * @ordered
	 */
	protected TrainedModel resultModel;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingJobImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.TRAINING_JOB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(TaskType newType) {
		TaskType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_JOB__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(JobStatus newStatus) {
		JobStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_JOB__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSet getTrainingSet() {
		if (trainingSet != null && trainingSet.eIsProxy()) {
			InternalEObject oldTrainingSet = (InternalEObject)trainingSet;
			trainingSet = (TrainingSet)eResolveProxy(oldTrainingSet);
			if (trainingSet != oldTrainingSet) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.TRAINING_JOB__TRAINING_SET, oldTrainingSet, trainingSet));
			}
		}
		return trainingSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingSet basicGetTrainingSet() {
		return trainingSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainingSet(TrainingSet newTrainingSet) {
		TrainingSet oldTrainingSet = trainingSet;
		trainingSet = newTrainingSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_JOB__TRAINING_SET, oldTrainingSet, trainingSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSet getValidationSet() {
		if (validationSet != null && validationSet.eIsProxy()) {
			InternalEObject oldValidationSet = (InternalEObject)validationSet;
			validationSet = (TrainingSet)eResolveProxy(oldValidationSet);
			if (validationSet != oldValidationSet) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.TRAINING_JOB__VALIDATION_SET, oldValidationSet, validationSet));
			}
		}
		return validationSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingSet basicGetValidationSet() {
		return validationSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationSet(TrainingSet newValidationSet) {
		TrainingSet oldValidationSet = validationSet;
		validationSet = newValidationSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_JOB__VALIDATION_SET, oldValidationSet, validationSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelClass> getLabelClasses() {
		if (labelClasses == null) {
			labelClasses = new EObjectResolvingEList<LabelClass>(LabelClass.class, this, AnnotidePackage.TRAINING_JOB__LABEL_CLASSES);
		}
		return labelClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getConfiguration() {
		if (configuration == null) {
			configuration = new EcoreEMap<String,String>(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY, StringToStringMapEntryImpl.class, this, AnnotidePackage.TRAINING_JOB__CONFIGURATION);
		}
		return configuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreatedBy() {
		return createdBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedBy(String newCreatedBy) {
		String oldCreatedBy = createdBy;
		createdBy = newCreatedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_JOB__CREATED_BY, oldCreatedBy, createdBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_JOB__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Date newStartedAt) {
		Date oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_JOB__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFinishedAt() {
		return finishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedAt(Date newFinishedAt) {
		Date oldFinishedAt = finishedAt;
		finishedAt = newFinishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_JOB__FINISHED_AT, oldFinishedAt, finishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProgress() {
		return progress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgress(double newProgress) {
		double oldProgress = progress;
		progress = newProgress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_JOB__PROGRESS, oldProgress, progress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorMessage(String newErrorMessage) {
		String oldErrorMessage = errorMessage;
		errorMessage = newErrorMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_JOB__ERROR_MESSAGE, oldErrorMessage, errorMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EpochMetrics> getEpochs() {
		if (epochs == null) {
			epochs = new EObjectContainmentEList<EpochMetrics>(EpochMetrics.class, this, AnnotidePackage.TRAINING_JOB__EPOCHS);
		}
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainedModel getResultModel() {
		if (resultModel != null && resultModel.eIsProxy()) {
			InternalEObject oldResultModel = (InternalEObject)resultModel;
			resultModel = (TrainedModel)eResolveProxy(oldResultModel);
			if (resultModel != oldResultModel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.TRAINING_JOB__RESULT_MODEL, oldResultModel, resultModel));
			}
		}
		return resultModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainedModel basicGetResultModel() {
		return resultModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResultModel(TrainedModel newResultModel) {
		TrainedModel oldResultModel = resultModel;
		resultModel = newResultModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_JOB__RESULT_MODEL, oldResultModel, resultModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnnotidePackage.TRAINING_JOB__CONFIGURATION:
				return ((InternalEList<?>)getConfiguration()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.TRAINING_JOB__EPOCHS:
				return ((InternalEList<?>)getEpochs()).basicRemove(otherEnd, msgs);
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
			case AnnotidePackage.TRAINING_JOB__TYPE:
				return getType();
			case AnnotidePackage.TRAINING_JOB__STATUS:
				return getStatus();
			case AnnotidePackage.TRAINING_JOB__TRAINING_SET:
				if (resolve) return getTrainingSet();
				return basicGetTrainingSet();
			case AnnotidePackage.TRAINING_JOB__VALIDATION_SET:
				if (resolve) return getValidationSet();
				return basicGetValidationSet();
			case AnnotidePackage.TRAINING_JOB__LABEL_CLASSES:
				return getLabelClasses();
			case AnnotidePackage.TRAINING_JOB__CONFIGURATION:
				if (coreType) return getConfiguration();
				else return getConfiguration().map();
			case AnnotidePackage.TRAINING_JOB__CREATED_BY:
				return getCreatedBy();
			case AnnotidePackage.TRAINING_JOB__CREATED_AT:
				return getCreatedAt();
			case AnnotidePackage.TRAINING_JOB__STARTED_AT:
				return getStartedAt();
			case AnnotidePackage.TRAINING_JOB__FINISHED_AT:
				return getFinishedAt();
			case AnnotidePackage.TRAINING_JOB__PROGRESS:
				return getProgress();
			case AnnotidePackage.TRAINING_JOB__ERROR_MESSAGE:
				return getErrorMessage();
			case AnnotidePackage.TRAINING_JOB__EPOCHS:
				return getEpochs();
			case AnnotidePackage.TRAINING_JOB__RESULT_MODEL:
				if (resolve) return getResultModel();
				return basicGetResultModel();
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
			case AnnotidePackage.TRAINING_JOB__TYPE:
				setType((TaskType)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__STATUS:
				setStatus((JobStatus)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__TRAINING_SET:
				setTrainingSet((TrainingSet)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__VALIDATION_SET:
				setValidationSet((TrainingSet)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__LABEL_CLASSES:
				getLabelClasses().clear();
				getLabelClasses().addAll((Collection<? extends LabelClass>)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__CONFIGURATION:
				((EStructuralFeature.Setting)getConfiguration()).set(newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__CREATED_BY:
				setCreatedBy((String)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__STARTED_AT:
				setStartedAt((Date)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__FINISHED_AT:
				setFinishedAt((Date)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__PROGRESS:
				setProgress((Double)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__ERROR_MESSAGE:
				setErrorMessage((String)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__EPOCHS:
				getEpochs().clear();
				getEpochs().addAll((Collection<? extends EpochMetrics>)newValue);
				return;
			case AnnotidePackage.TRAINING_JOB__RESULT_MODEL:
				setResultModel((TrainedModel)newValue);
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
			case AnnotidePackage.TRAINING_JOB__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case AnnotidePackage.TRAINING_JOB__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case AnnotidePackage.TRAINING_JOB__TRAINING_SET:
				setTrainingSet((TrainingSet)null);
				return;
			case AnnotidePackage.TRAINING_JOB__VALIDATION_SET:
				setValidationSet((TrainingSet)null);
				return;
			case AnnotidePackage.TRAINING_JOB__LABEL_CLASSES:
				getLabelClasses().clear();
				return;
			case AnnotidePackage.TRAINING_JOB__CONFIGURATION:
				getConfiguration().clear();
				return;
			case AnnotidePackage.TRAINING_JOB__CREATED_BY:
				setCreatedBy(CREATED_BY_EDEFAULT);
				return;
			case AnnotidePackage.TRAINING_JOB__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case AnnotidePackage.TRAINING_JOB__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case AnnotidePackage.TRAINING_JOB__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
				return;
			case AnnotidePackage.TRAINING_JOB__PROGRESS:
				setProgress(PROGRESS_EDEFAULT);
				return;
			case AnnotidePackage.TRAINING_JOB__ERROR_MESSAGE:
				setErrorMessage(ERROR_MESSAGE_EDEFAULT);
				return;
			case AnnotidePackage.TRAINING_JOB__EPOCHS:
				getEpochs().clear();
				return;
			case AnnotidePackage.TRAINING_JOB__RESULT_MODEL:
				setResultModel((TrainedModel)null);
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
			case AnnotidePackage.TRAINING_JOB__TYPE:
				return type != TYPE_EDEFAULT;
			case AnnotidePackage.TRAINING_JOB__STATUS:
				return status != STATUS_EDEFAULT;
			case AnnotidePackage.TRAINING_JOB__TRAINING_SET:
				return trainingSet != null;
			case AnnotidePackage.TRAINING_JOB__VALIDATION_SET:
				return validationSet != null;
			case AnnotidePackage.TRAINING_JOB__LABEL_CLASSES:
				return labelClasses != null && !labelClasses.isEmpty();
			case AnnotidePackage.TRAINING_JOB__CONFIGURATION:
				return configuration != null && !configuration.isEmpty();
			case AnnotidePackage.TRAINING_JOB__CREATED_BY:
				return CREATED_BY_EDEFAULT == null ? createdBy != null : !CREATED_BY_EDEFAULT.equals(createdBy);
			case AnnotidePackage.TRAINING_JOB__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case AnnotidePackage.TRAINING_JOB__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case AnnotidePackage.TRAINING_JOB__FINISHED_AT:
				return FINISHED_AT_EDEFAULT == null ? finishedAt != null : !FINISHED_AT_EDEFAULT.equals(finishedAt);
			case AnnotidePackage.TRAINING_JOB__PROGRESS:
				return progress != PROGRESS_EDEFAULT;
			case AnnotidePackage.TRAINING_JOB__ERROR_MESSAGE:
				return ERROR_MESSAGE_EDEFAULT == null ? errorMessage != null : !ERROR_MESSAGE_EDEFAULT.equals(errorMessage);
			case AnnotidePackage.TRAINING_JOB__EPOCHS:
				return epochs != null && !epochs.isEmpty();
			case AnnotidePackage.TRAINING_JOB__RESULT_MODEL:
				return resultModel != null;
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
		result.append(" (type: ");
		result.append(type);
		result.append(", status: ");
		result.append(status);
		result.append(", createdBy: ");
		result.append(createdBy);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", finishedAt: ");
		result.append(finishedAt);
		result.append(", progress: ");
		result.append(progress);
		result.append(", errorMessage: ");
		result.append(errorMessage);
		result.append(')');
		return result.toString();
	}

} //TrainingJobImpl
