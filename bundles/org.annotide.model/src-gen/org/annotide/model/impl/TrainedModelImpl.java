/**
 */
package org.annotide.model.impl;

import java.util.Collection;
import java.util.Date;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.LabelClass;
import org.annotide.model.TaskType;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trained Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.TrainedModelImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainedModelImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainedModelImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainedModelImpl#getWeightsLocation <em>Weights Location</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainedModelImpl#getInputSize <em>Input Size</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainedModelImpl#isActive <em>Active</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainedModelImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainedModelImpl#getJob <em>Job</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainedModelImpl#getLabelClasses <em>Label Classes</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainedModelImpl#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainedModelImpl extends NamedImpl implements TrainedModel {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCHITECTURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected String architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightsLocation() <em>Weights Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightsLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String WEIGHTS_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeightsLocation() <em>Weights Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightsLocation()
	 * @generated
	 * @ordered
	 */
	protected String weightsLocation = WEIGHTS_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputSize() <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputSize()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInputSize() <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputSize()
	 * @generated
	 * @ordered
	 */
	protected int inputSize = INPUT_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

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
	 * The cached value of the '{@link #getJob() <em>Job</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJob()
	 * @generated
	 * @ordered
	 */
	protected TrainingJob job;

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
	protected TrainedModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.TRAINED_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINED_MODEL__VERSION, oldVersion, version));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINED_MODEL__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(String newArchitecture) {
		String oldArchitecture = architecture;
		architecture = newArchitecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINED_MODEL__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWeightsLocation() {
		return weightsLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightsLocation(String newWeightsLocation) {
		String oldWeightsLocation = weightsLocation;
		weightsLocation = newWeightsLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINED_MODEL__WEIGHTS_LOCATION, oldWeightsLocation, weightsLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInputSize() {
		return inputSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputSize(int newInputSize) {
		int oldInputSize = inputSize;
		inputSize = newInputSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINED_MODEL__INPUT_SIZE, oldInputSize, inputSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive() {
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive) {
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINED_MODEL__ACTIVE, oldActive, active));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINED_MODEL__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingJob getJob() {
		if (job != null && job.eIsProxy()) {
			InternalEObject oldJob = (InternalEObject)job;
			job = (TrainingJob)eResolveProxy(oldJob);
			if (job != oldJob) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.TRAINED_MODEL__JOB, oldJob, job));
			}
		}
		return job;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingJob basicGetJob() {
		return job;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJob(TrainingJob newJob) {
		TrainingJob oldJob = job;
		job = newJob;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINED_MODEL__JOB, oldJob, job));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelClass> getLabelClasses() {
		if (labelClasses == null) {
			labelClasses = new EObjectResolvingEList<LabelClass>(LabelClass.class, this, AnnotidePackage.TRAINED_MODEL__LABEL_CLASSES);
		}
		return labelClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Double> getMetrics() {
		if (metrics == null) {
			metrics = new EcoreEMap<String,Double>(AnnotidePackage.Literals.STRING_TO_DOUBLE_MAP_ENTRY, StringToDoubleMapEntryImpl.class, this, AnnotidePackage.TRAINED_MODEL__METRICS);
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
			case AnnotidePackage.TRAINED_MODEL__METRICS:
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
			case AnnotidePackage.TRAINED_MODEL__VERSION:
				return getVersion();
			case AnnotidePackage.TRAINED_MODEL__TYPE:
				return getType();
			case AnnotidePackage.TRAINED_MODEL__ARCHITECTURE:
				return getArchitecture();
			case AnnotidePackage.TRAINED_MODEL__WEIGHTS_LOCATION:
				return getWeightsLocation();
			case AnnotidePackage.TRAINED_MODEL__INPUT_SIZE:
				return getInputSize();
			case AnnotidePackage.TRAINED_MODEL__ACTIVE:
				return isActive();
			case AnnotidePackage.TRAINED_MODEL__CREATED_AT:
				return getCreatedAt();
			case AnnotidePackage.TRAINED_MODEL__JOB:
				if (resolve) return getJob();
				return basicGetJob();
			case AnnotidePackage.TRAINED_MODEL__LABEL_CLASSES:
				return getLabelClasses();
			case AnnotidePackage.TRAINED_MODEL__METRICS:
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
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AnnotidePackage.TRAINED_MODEL__VERSION:
				setVersion((Integer)newValue);
				return;
			case AnnotidePackage.TRAINED_MODEL__TYPE:
				setType((TaskType)newValue);
				return;
			case AnnotidePackage.TRAINED_MODEL__ARCHITECTURE:
				setArchitecture((String)newValue);
				return;
			case AnnotidePackage.TRAINED_MODEL__WEIGHTS_LOCATION:
				setWeightsLocation((String)newValue);
				return;
			case AnnotidePackage.TRAINED_MODEL__INPUT_SIZE:
				setInputSize((Integer)newValue);
				return;
			case AnnotidePackage.TRAINED_MODEL__ACTIVE:
				setActive((Boolean)newValue);
				return;
			case AnnotidePackage.TRAINED_MODEL__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case AnnotidePackage.TRAINED_MODEL__JOB:
				setJob((TrainingJob)newValue);
				return;
			case AnnotidePackage.TRAINED_MODEL__LABEL_CLASSES:
				getLabelClasses().clear();
				getLabelClasses().addAll((Collection<? extends LabelClass>)newValue);
				return;
			case AnnotidePackage.TRAINED_MODEL__METRICS:
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
			case AnnotidePackage.TRAINED_MODEL__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case AnnotidePackage.TRAINED_MODEL__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case AnnotidePackage.TRAINED_MODEL__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case AnnotidePackage.TRAINED_MODEL__WEIGHTS_LOCATION:
				setWeightsLocation(WEIGHTS_LOCATION_EDEFAULT);
				return;
			case AnnotidePackage.TRAINED_MODEL__INPUT_SIZE:
				setInputSize(INPUT_SIZE_EDEFAULT);
				return;
			case AnnotidePackage.TRAINED_MODEL__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
			case AnnotidePackage.TRAINED_MODEL__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case AnnotidePackage.TRAINED_MODEL__JOB:
				setJob((TrainingJob)null);
				return;
			case AnnotidePackage.TRAINED_MODEL__LABEL_CLASSES:
				getLabelClasses().clear();
				return;
			case AnnotidePackage.TRAINED_MODEL__METRICS:
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
			case AnnotidePackage.TRAINED_MODEL__VERSION:
				return version != VERSION_EDEFAULT;
			case AnnotidePackage.TRAINED_MODEL__TYPE:
				return type != TYPE_EDEFAULT;
			case AnnotidePackage.TRAINED_MODEL__ARCHITECTURE:
				return ARCHITECTURE_EDEFAULT == null ? architecture != null : !ARCHITECTURE_EDEFAULT.equals(architecture);
			case AnnotidePackage.TRAINED_MODEL__WEIGHTS_LOCATION:
				return WEIGHTS_LOCATION_EDEFAULT == null ? weightsLocation != null : !WEIGHTS_LOCATION_EDEFAULT.equals(weightsLocation);
			case AnnotidePackage.TRAINED_MODEL__INPUT_SIZE:
				return inputSize != INPUT_SIZE_EDEFAULT;
			case AnnotidePackage.TRAINED_MODEL__ACTIVE:
				return active != ACTIVE_EDEFAULT;
			case AnnotidePackage.TRAINED_MODEL__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case AnnotidePackage.TRAINED_MODEL__JOB:
				return job != null;
			case AnnotidePackage.TRAINED_MODEL__LABEL_CLASSES:
				return labelClasses != null && !labelClasses.isEmpty();
			case AnnotidePackage.TRAINED_MODEL__METRICS:
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
		result.append(" (version: ");
		result.append(version);
		result.append(", type: ");
		result.append(type);
		result.append(", architecture: ");
		result.append(architecture);
		result.append(", weightsLocation: ");
		result.append(weightsLocation);
		result.append(", inputSize: ");
		result.append(inputSize);
		result.append(", active: ");
		result.append(active);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(')');
		return result.toString();
	}

} //TrainedModelImpl
