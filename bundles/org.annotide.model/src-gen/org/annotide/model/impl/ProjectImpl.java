/**
 */
package org.annotide.model.impl;

import java.util.Collection;
import java.util.Date;

import org.annotide.model.AnnotidePackage;
import org.annotide.model.BenchmarkProject;
import org.annotide.model.ImageAsset;
import org.annotide.model.LabelClass;
import org.annotide.model.Project;
import org.annotide.model.ScoringFunction;
import org.annotide.model.SelectionRound;
import org.annotide.model.TrainedModel;
import org.annotide.model.TrainingJob;
import org.annotide.model.TrainingProject;
import org.annotide.model.TrainingSet;
import org.annotide.model.User;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getNextAnnotationId <em>Next Annotation Id</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getLabelClasses <em>Label Classes</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getImages <em>Images</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getTrainingSets <em>Training Sets</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getTrainingJobs <em>Training Jobs</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getModels <em>Models</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getSelectionRounds <em>Selection Rounds</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getScoringFunctions <em>Scoring Functions</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getBenchmarks <em>Benchmarks</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getTrainingProjects <em>Training Projects</em>}</li>
 *   <li>{@link org.annotide.model.impl.ProjectImpl#getMetadata <em>Metadata</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends NamedImpl implements Project {
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
	 * The default value of the '{@link #getNextAnnotationId() <em>Next Annotation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextAnnotationId()
	 * @generated
	 * @ordered
	 */
	protected static final long NEXT_ANNOTATION_ID_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getNextAnnotationId() <em>Next Annotation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextAnnotationId()
	 * @generated
	 * @ordered
	 */
	protected long nextAnnotationId = NEXT_ANNOTATION_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<User> users;

	/**
	 * The cached value of the '{@link #getLabelClasses() <em>Label Classes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelClass> labelClasses;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected EList<ImageAsset> images;

	/**
	 * The cached value of the '{@link #getTrainingSets() <em>Training Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingSets()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingSet> trainingSets;

	/**
	 * The cached value of the '{@link #getTrainingJobs() <em>Training Jobs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingJobs()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingJob> trainingJobs;

	/**
	 * The cached value of the '{@link #getModels() <em>Models</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModels()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainedModel> models;

	/**
	 * The cached value of the '{@link #getSelectionRounds() <em>Selection Rounds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectionRounds()
	 * @generated
	 * @ordered
	 */
	protected EList<SelectionRound> selectionRounds;

	/**
	 * The cached value of the '{@link #getScoringFunctions() <em>Scoring Functions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoringFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<ScoringFunction> scoringFunctions;

	/**
	 * The cached value of the '{@link #getBenchmarks() <em>Benchmarks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenchmarks()
	 * @generated
	 * @ordered
	 */
	protected EList<BenchmarkProject> benchmarks;

	/**
	 * The cached value of the '{@link #getTrainingProjects() <em>Training Projects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingProjects()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingProject> trainingProjects;

	/**
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> metadata;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnnotidePackage.Literals.PROJECT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.PROJECT__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNextAnnotationId() {
		return nextAnnotationId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextAnnotationId(long newNextAnnotationId) {
		long oldNextAnnotationId = nextAnnotationId;
		nextAnnotationId = newNextAnnotationId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnnotidePackage.PROJECT__NEXT_ANNOTATION_ID, oldNextAnnotationId, nextAnnotationId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImageAsset> getImages() {
		if (images == null) {
			images = new EObjectContainmentEList<ImageAsset>(ImageAsset.class, this, AnnotidePackage.PROJECT__IMAGES);
		}
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelClass> getLabelClasses() {
		if (labelClasses == null) {
			labelClasses = new EObjectContainmentEList<LabelClass>(LabelClass.class, this, AnnotidePackage.PROJECT__LABEL_CLASSES);
		}
		return labelClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingSet> getTrainingSets() {
		if (trainingSets == null) {
			trainingSets = new EObjectContainmentEList<TrainingSet>(TrainingSet.class, this, AnnotidePackage.PROJECT__TRAINING_SETS);
		}
		return trainingSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<User> getUsers() {
		if (users == null) {
			users = new EObjectContainmentEList<User>(User.class, this, AnnotidePackage.PROJECT__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingJob> getTrainingJobs() {
		if (trainingJobs == null) {
			trainingJobs = new EObjectContainmentEList<TrainingJob>(TrainingJob.class, this, AnnotidePackage.PROJECT__TRAINING_JOBS);
		}
		return trainingJobs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainedModel> getModels() {
		if (models == null) {
			models = new EObjectContainmentEList<TrainedModel>(TrainedModel.class, this, AnnotidePackage.PROJECT__MODELS);
		}
		return models;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SelectionRound> getSelectionRounds() {
		if (selectionRounds == null) {
			selectionRounds = new EObjectContainmentEList<SelectionRound>(SelectionRound.class, this, AnnotidePackage.PROJECT__SELECTION_ROUNDS);
		}
		return selectionRounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScoringFunction> getScoringFunctions() {
		if (scoringFunctions == null) {
			scoringFunctions = new EObjectContainmentEList<ScoringFunction>(ScoringFunction.class, this, AnnotidePackage.PROJECT__SCORING_FUNCTIONS);
		}
		return scoringFunctions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BenchmarkProject> getBenchmarks() {
		if (benchmarks == null) {
			benchmarks = new EObjectContainmentEList<BenchmarkProject>(BenchmarkProject.class, this, AnnotidePackage.PROJECT__BENCHMARKS);
		}
		return benchmarks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingProject> getTrainingProjects() {
		if (trainingProjects == null) {
			trainingProjects = new EObjectContainmentEList<TrainingProject>(TrainingProject.class, this, AnnotidePackage.PROJECT__TRAINING_PROJECTS);
		}
		return trainingProjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getMetadata() {
		if (metadata == null) {
			metadata = new EcoreEMap<String,String>(AnnotidePackage.Literals.STRING_TO_STRING_MAP_ENTRY, StringToStringMapEntryImpl.class, this, AnnotidePackage.PROJECT__METADATA);
		}
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnnotidePackage.PROJECT__USERS:
				return ((InternalEList<?>)getUsers()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.PROJECT__LABEL_CLASSES:
				return ((InternalEList<?>)getLabelClasses()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.PROJECT__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.PROJECT__TRAINING_SETS:
				return ((InternalEList<?>)getTrainingSets()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.PROJECT__TRAINING_JOBS:
				return ((InternalEList<?>)getTrainingJobs()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.PROJECT__MODELS:
				return ((InternalEList<?>)getModels()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.PROJECT__SELECTION_ROUNDS:
				return ((InternalEList<?>)getSelectionRounds()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.PROJECT__SCORING_FUNCTIONS:
				return ((InternalEList<?>)getScoringFunctions()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.PROJECT__BENCHMARKS:
				return ((InternalEList<?>)getBenchmarks()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.PROJECT__TRAINING_PROJECTS:
				return ((InternalEList<?>)getTrainingProjects()).basicRemove(otherEnd, msgs);
			case AnnotidePackage.PROJECT__METADATA:
				return ((InternalEList<?>)getMetadata()).basicRemove(otherEnd, msgs);
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
			case AnnotidePackage.PROJECT__CREATED_AT:
				return getCreatedAt();
			case AnnotidePackage.PROJECT__NEXT_ANNOTATION_ID:
				return getNextAnnotationId();
			case AnnotidePackage.PROJECT__USERS:
				return getUsers();
			case AnnotidePackage.PROJECT__LABEL_CLASSES:
				return getLabelClasses();
			case AnnotidePackage.PROJECT__IMAGES:
				return getImages();
			case AnnotidePackage.PROJECT__TRAINING_SETS:
				return getTrainingSets();
			case AnnotidePackage.PROJECT__TRAINING_JOBS:
				return getTrainingJobs();
			case AnnotidePackage.PROJECT__MODELS:
				return getModels();
			case AnnotidePackage.PROJECT__SELECTION_ROUNDS:
				return getSelectionRounds();
			case AnnotidePackage.PROJECT__SCORING_FUNCTIONS:
				return getScoringFunctions();
			case AnnotidePackage.PROJECT__BENCHMARKS:
				return getBenchmarks();
			case AnnotidePackage.PROJECT__TRAINING_PROJECTS:
				return getTrainingProjects();
			case AnnotidePackage.PROJECT__METADATA:
				if (coreType) return getMetadata();
				else return getMetadata().map();
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
			case AnnotidePackage.PROJECT__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case AnnotidePackage.PROJECT__NEXT_ANNOTATION_ID:
				setNextAnnotationId((Long)newValue);
				return;
			case AnnotidePackage.PROJECT__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends User>)newValue);
				return;
			case AnnotidePackage.PROJECT__LABEL_CLASSES:
				getLabelClasses().clear();
				getLabelClasses().addAll((Collection<? extends LabelClass>)newValue);
				return;
			case AnnotidePackage.PROJECT__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends ImageAsset>)newValue);
				return;
			case AnnotidePackage.PROJECT__TRAINING_SETS:
				getTrainingSets().clear();
				getTrainingSets().addAll((Collection<? extends TrainingSet>)newValue);
				return;
			case AnnotidePackage.PROJECT__TRAINING_JOBS:
				getTrainingJobs().clear();
				getTrainingJobs().addAll((Collection<? extends TrainingJob>)newValue);
				return;
			case AnnotidePackage.PROJECT__MODELS:
				getModels().clear();
				getModels().addAll((Collection<? extends TrainedModel>)newValue);
				return;
			case AnnotidePackage.PROJECT__SELECTION_ROUNDS:
				getSelectionRounds().clear();
				getSelectionRounds().addAll((Collection<? extends SelectionRound>)newValue);
				return;
			case AnnotidePackage.PROJECT__SCORING_FUNCTIONS:
				getScoringFunctions().clear();
				getScoringFunctions().addAll((Collection<? extends ScoringFunction>)newValue);
				return;
			case AnnotidePackage.PROJECT__BENCHMARKS:
				getBenchmarks().clear();
				getBenchmarks().addAll((Collection<? extends BenchmarkProject>)newValue);
				return;
			case AnnotidePackage.PROJECT__TRAINING_PROJECTS:
				getTrainingProjects().clear();
				getTrainingProjects().addAll((Collection<? extends TrainingProject>)newValue);
				return;
			case AnnotidePackage.PROJECT__METADATA:
				((EStructuralFeature.Setting)getMetadata()).set(newValue);
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
			case AnnotidePackage.PROJECT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case AnnotidePackage.PROJECT__NEXT_ANNOTATION_ID:
				setNextAnnotationId(NEXT_ANNOTATION_ID_EDEFAULT);
				return;
			case AnnotidePackage.PROJECT__USERS:
				getUsers().clear();
				return;
			case AnnotidePackage.PROJECT__LABEL_CLASSES:
				getLabelClasses().clear();
				return;
			case AnnotidePackage.PROJECT__IMAGES:
				getImages().clear();
				return;
			case AnnotidePackage.PROJECT__TRAINING_SETS:
				getTrainingSets().clear();
				return;
			case AnnotidePackage.PROJECT__TRAINING_JOBS:
				getTrainingJobs().clear();
				return;
			case AnnotidePackage.PROJECT__MODELS:
				getModels().clear();
				return;
			case AnnotidePackage.PROJECT__SELECTION_ROUNDS:
				getSelectionRounds().clear();
				return;
			case AnnotidePackage.PROJECT__SCORING_FUNCTIONS:
				getScoringFunctions().clear();
				return;
			case AnnotidePackage.PROJECT__BENCHMARKS:
				getBenchmarks().clear();
				return;
			case AnnotidePackage.PROJECT__TRAINING_PROJECTS:
				getTrainingProjects().clear();
				return;
			case AnnotidePackage.PROJECT__METADATA:
				getMetadata().clear();
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
			case AnnotidePackage.PROJECT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case AnnotidePackage.PROJECT__NEXT_ANNOTATION_ID:
				return nextAnnotationId != NEXT_ANNOTATION_ID_EDEFAULT;
			case AnnotidePackage.PROJECT__USERS:
				return users != null && !users.isEmpty();
			case AnnotidePackage.PROJECT__LABEL_CLASSES:
				return labelClasses != null && !labelClasses.isEmpty();
			case AnnotidePackage.PROJECT__IMAGES:
				return images != null && !images.isEmpty();
			case AnnotidePackage.PROJECT__TRAINING_SETS:
				return trainingSets != null && !trainingSets.isEmpty();
			case AnnotidePackage.PROJECT__TRAINING_JOBS:
				return trainingJobs != null && !trainingJobs.isEmpty();
			case AnnotidePackage.PROJECT__MODELS:
				return models != null && !models.isEmpty();
			case AnnotidePackage.PROJECT__SELECTION_ROUNDS:
				return selectionRounds != null && !selectionRounds.isEmpty();
			case AnnotidePackage.PROJECT__SCORING_FUNCTIONS:
				return scoringFunctions != null && !scoringFunctions.isEmpty();
			case AnnotidePackage.PROJECT__BENCHMARKS:
				return benchmarks != null && !benchmarks.isEmpty();
			case AnnotidePackage.PROJECT__TRAINING_PROJECTS:
				return trainingProjects != null && !trainingProjects.isEmpty();
			case AnnotidePackage.PROJECT__METADATA:
				return metadata != null && !metadata.isEmpty();
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
		result.append(" (createdAt: ");
		result.append(createdAt);
		result.append(", nextAnnotationId: ");
		result.append(nextAnnotationId);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
