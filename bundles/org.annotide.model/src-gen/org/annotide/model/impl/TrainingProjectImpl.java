/**
 */
package org.annotide.model.impl;

import java.util.Collection;
import java.util.Date;

import org.annotide.model.AnnotatorTask;
import org.annotide.model.AnnotidePackage;
import org.annotide.model.BenchmarkProject;
import org.annotide.model.ScoringFunction;
import org.annotide.model.TrainingProject;
import org.annotide.model.TrainingProjectStatus;
import org.annotide.model.User;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.TrainingProjectImpl#getBenchmark <em>Benchmark</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingProjectImpl#getScoringFunction <em>Scoring Function</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingProjectImpl#getTrainees <em>Trainees</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingProjectImpl#getManager <em>Manager</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingProjectImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingProjectImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.impl.TrainingProjectImpl#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingProjectImpl extends NamedImpl implements TrainingProject {
	/**
	 * The cached value of the '{@link #getBenchmark() <em>Benchmark</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenchmark()
	 * @generated
	 * @ordered
	 */
	protected BenchmarkProject benchmark;

	/**
	 * The cached value of the '{@link #getScoringFunction() <em>Scoring Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoringFunction()
	 * @generated
	 * @ordered
	 */
	protected ScoringFunction scoringFunction;

	/**
	 * The cached value of the '{@link #getTrainees() <em>Trainees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainees()
	 * @generated
	 * @ordered
	 */
	protected EList<User> trainees;

	/**
	 * The cached value of the '{@link #getManager() <em>Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManager()
	 * @generated
	 * @ordered
	 */
	protected User manager;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final TrainingProjectStatus STATUS_EDEFAULT = TrainingProjectStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected TrainingProjectStatus status = STATUS_EDEFAULT;

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
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnotatorTask> tasks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.TRAINING_PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BenchmarkProject getBenchmark() {
		if (benchmark != null && benchmark.eIsProxy()) {
			InternalEObject oldBenchmark = (InternalEObject)benchmark;
			benchmark = (BenchmarkProject)eResolveProxy(oldBenchmark);
			if (benchmark != oldBenchmark) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.TRAINING_PROJECT__BENCHMARK, oldBenchmark, benchmark));
			}
		}
		return benchmark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BenchmarkProject basicGetBenchmark() {
		return benchmark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBenchmark(BenchmarkProject newBenchmark) {
		BenchmarkProject oldBenchmark = benchmark;
		benchmark = newBenchmark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_PROJECT__BENCHMARK, oldBenchmark, benchmark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringFunction getScoringFunction() {
		if (scoringFunction != null && scoringFunction.eIsProxy()) {
			InternalEObject oldScoringFunction = (InternalEObject)scoringFunction;
			scoringFunction = (ScoringFunction)eResolveProxy(oldScoringFunction);
			if (scoringFunction != oldScoringFunction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.TRAINING_PROJECT__SCORING_FUNCTION, oldScoringFunction, scoringFunction));
			}
		}
		return scoringFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScoringFunction basicGetScoringFunction() {
		return scoringFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoringFunction(ScoringFunction newScoringFunction) {
		ScoringFunction oldScoringFunction = scoringFunction;
		scoringFunction = newScoringFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_PROJECT__SCORING_FUNCTION, oldScoringFunction, scoringFunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<User> getTrainees() {
		if (trainees == null) {
			trainees = new EObjectResolvingEList<User>(User.class, this, AnnotidePackage.TRAINING_PROJECT__TRAINEES);
		}
		return trainees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User getManager() {
		if (manager != null && manager.eIsProxy()) {
			InternalEObject oldManager = (InternalEObject)manager;
			manager = (User)eResolveProxy(oldManager);
			if (manager != oldManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnnotidePackage.TRAINING_PROJECT__MANAGER, oldManager, manager));
			}
		}
		return manager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public User basicGetManager() {
		return manager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManager(User newManager) {
		User oldManager = manager;
		manager = newManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_PROJECT__MANAGER, oldManager, manager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingProjectStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(TrainingProjectStatus newStatus) {
		TrainingProjectStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_PROJECT__STATUS, oldStatus, status));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.TRAINING_PROJECT__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnotatorTask> getTasks() {
		if (tasks == null) {
			tasks = new EObjectContainmentEList<AnnotatorTask>(AnnotatorTask.class, this, AnnotidePackage.TRAINING_PROJECT__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnnotidePackage.TRAINING_PROJECT__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
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
			case AnnotidePackage.TRAINING_PROJECT__BENCHMARK:
				if (resolve) return getBenchmark();
				return basicGetBenchmark();
			case AnnotidePackage.TRAINING_PROJECT__SCORING_FUNCTION:
				if (resolve) return getScoringFunction();
				return basicGetScoringFunction();
			case AnnotidePackage.TRAINING_PROJECT__TRAINEES:
				return getTrainees();
			case AnnotidePackage.TRAINING_PROJECT__MANAGER:
				if (resolve) return getManager();
				return basicGetManager();
			case AnnotidePackage.TRAINING_PROJECT__STATUS:
				return getStatus();
			case AnnotidePackage.TRAINING_PROJECT__CREATED_AT:
				return getCreatedAt();
			case AnnotidePackage.TRAINING_PROJECT__TASKS:
				return getTasks();
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
			case AnnotidePackage.TRAINING_PROJECT__BENCHMARK:
				setBenchmark((BenchmarkProject)newValue);
				return;
			case AnnotidePackage.TRAINING_PROJECT__SCORING_FUNCTION:
				setScoringFunction((ScoringFunction)newValue);
				return;
			case AnnotidePackage.TRAINING_PROJECT__TRAINEES:
				getTrainees().clear();
				getTrainees().addAll((Collection<? extends User>)newValue);
				return;
			case AnnotidePackage.TRAINING_PROJECT__MANAGER:
				setManager((User)newValue);
				return;
			case AnnotidePackage.TRAINING_PROJECT__STATUS:
				setStatus((TrainingProjectStatus)newValue);
				return;
			case AnnotidePackage.TRAINING_PROJECT__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case AnnotidePackage.TRAINING_PROJECT__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends AnnotatorTask>)newValue);
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
			case AnnotidePackage.TRAINING_PROJECT__BENCHMARK:
				setBenchmark((BenchmarkProject)null);
				return;
			case AnnotidePackage.TRAINING_PROJECT__SCORING_FUNCTION:
				setScoringFunction((ScoringFunction)null);
				return;
			case AnnotidePackage.TRAINING_PROJECT__TRAINEES:
				getTrainees().clear();
				return;
			case AnnotidePackage.TRAINING_PROJECT__MANAGER:
				setManager((User)null);
				return;
			case AnnotidePackage.TRAINING_PROJECT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case AnnotidePackage.TRAINING_PROJECT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case AnnotidePackage.TRAINING_PROJECT__TASKS:
				getTasks().clear();
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
			case AnnotidePackage.TRAINING_PROJECT__BENCHMARK:
				return benchmark != null;
			case AnnotidePackage.TRAINING_PROJECT__SCORING_FUNCTION:
				return scoringFunction != null;
			case AnnotidePackage.TRAINING_PROJECT__TRAINEES:
				return trainees != null && !trainees.isEmpty();
			case AnnotidePackage.TRAINING_PROJECT__MANAGER:
				return manager != null;
			case AnnotidePackage.TRAINING_PROJECT__STATUS:
				return status != STATUS_EDEFAULT;
			case AnnotidePackage.TRAINING_PROJECT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case AnnotidePackage.TRAINING_PROJECT__TASKS:
				return tasks != null && !tasks.isEmpty();
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
		result.append(" (status: ");
		result.append(status);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(')');
		return result.toString();
	}

} //TrainingProjectImpl
