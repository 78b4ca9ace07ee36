/**
 */
package org.annotide.model.impl;

import java.util.Map;

import org.annotide.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AnnotideFactoryImpl extends EFactoryImpl implements AnnotideFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AnnotideFactory init() {
		try {
			AnnotideFactory theAnnotideFactory = (AnnotideFactory)EPackage.Registry.INSTANCE.getEFactory(AnnotidePackage.eNS_URI);
			if (theAnnotideFactory != null) {
				return theAnnotideFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AnnotideFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnnotideFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case AnnotidePackage.PROJECT: return createProject();
			case AnnotidePackage.STRING_TO_STRING_MAP_ENTRY: return (EObject)createStringToStringMapEntry();
			case AnnotidePackage.STRING_TO_DOUBLE_MAP_ENTRY: return (EObject)createStringToDoubleMapEntry();
			case AnnotidePackage.IMAGE_ASSET: return createImageAsset();
			case AnnotidePackage.TILE: return createTile();
			case AnnotidePackage.LABEL_CLASS: return createLabelClass();
			case AnnotidePackage.ATTRIBUTE_DEFINITION: return createAttributeDefinition();
			case AnnotidePackage.ANNOTATION: return createAnnotation();
			case AnnotidePackage.BOX_SHAPE: return createBoxShape();
			case AnnotidePackage.ROTATED_BOX_SHAPE: return createRotatedBoxShape();
			case AnnotidePackage.POLYGON_SHAPE: return createPolygonShape();
			case AnnotidePackage.POLYLINE_SHAPE: return createPolylineShape();
			case AnnotidePackage.KEYPOINTS_SHAPE: return createKeypointsShape();
			case AnnotidePackage.MASK_SHAPE: return createMaskShape();
			case AnnotidePackage.ELLIPSE_SHAPE: return createEllipseShape();
			case AnnotidePackage.IMAGE_CLASS_SHAPE: return createImageClassShape();
			case AnnotidePackage.TRAINING_SET: return createTrainingSet();
			case AnnotidePackage.USER: return createUser();
			case AnnotidePackage.TRAINING_JOB: return createTrainingJob();
			case AnnotidePackage.EPOCH_METRICS: return createEpochMetrics();
			case AnnotidePackage.TRAINED_MODEL: return createTrainedModel();
			case AnnotidePackage.SELECTION_ROUND: return createSelectionRound();
			case AnnotidePackage.SELECTION_ENTRY: return createSelectionEntry();
			case AnnotidePackage.SCORING_FUNCTION: return createScoringFunction();
			case AnnotidePackage.CLASS_WEIGHT: return createClassWeight();
			case AnnotidePackage.BENCHMARK_PROJECT: return createBenchmarkProject();
			case AnnotidePackage.TRAINING_PROJECT: return createTrainingProject();
			case AnnotidePackage.ANNOTATOR_TASK: return createAnnotatorTask();
			case AnnotidePackage.SUBMISSION: return createSubmission();
			case AnnotidePackage.SCORE: return createScore();
			case AnnotidePackage.CLASS_SCORE: return createClassScore();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case AnnotidePackage.PIXEL_TYPE:
				return createPixelTypeFromString(eDataType, initialValue);
			case AnnotidePackage.IMAGE_STATUS:
				return createImageStatusFromString(eDataType, initialValue);
			case AnnotidePackage.ATTRIBUTE_TYPE:
				return createAttributeTypeFromString(eDataType, initialValue);
			case AnnotidePackage.SHAPE_KIND:
				return createShapeKindFromString(eDataType, initialValue);
			case AnnotidePackage.PROVENANCE:
				return createProvenanceFromString(eDataType, initialValue);
			case AnnotidePackage.REVIEW_STATE:
				return createReviewStateFromString(eDataType, initialValue);
			case AnnotidePackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case AnnotidePackage.TASK_TYPE:
				return createTaskTypeFromString(eDataType, initialValue);
			case AnnotidePackage.JOB_STATUS:
				return createJobStatusFromString(eDataType, initialValue);
			case AnnotidePackage.TRAINING_PROJECT_STATUS:
				return createTrainingProjectStatusFromString(eDataType, initialValue);
			case AnnotidePackage.TASK_STATUS:
				return createTaskStatusFromString(eDataType, initialValue);
			case AnnotidePackage.SCORING_MODE:
				return createScoringModeFromString(eDataType, initialValue);
			case AnnotidePackage.DOUBLE_ARRAY:
				return createDoubleArrayFromString(eDataType, initialValue);
			case AnnotidePackage.INT_ARRAY:
				return createIntArrayFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case AnnotidePackage.PIXEL_TYPE:
				return convertPixelTypeToString(eDataType, instanceValue);
			case AnnotidePackage.IMAGE_STATUS:
				return convertImageStatusToString(eDataType, instanceValue);
			case AnnotidePackage.ATTRIBUTE_TYPE:
				return convertAttributeTypeToString(eDataType, instanceValue);
			case AnnotidePackage.SHAPE_KIND:
				return convertShapeKindToString(eDataType, instanceValue);
			case AnnotidePackage.PROVENANCE:
				return convertProvenanceToString(eDataType, instanceValue);
			case AnnotidePackage.REVIEW_STATE:
				return convertReviewStateToString(eDataType, instanceValue);
			case AnnotidePackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case AnnotidePackage.TASK_TYPE:
				return convertTaskTypeToString(eDataType, instanceValue);
			case AnnotidePackage.JOB_STATUS:
				return convertJobStatusToString(eDataType, instanceValue);
			case AnnotidePackage.TRAINING_PROJECT_STATUS:
				return convertTrainingProjectStatusToString(eDataType, instanceValue);
			case AnnotidePackage.TASK_STATUS:
				return convertTaskStatusToString(eDataType, instanceValue);
			case AnnotidePackage.SCORING_MODE:
				return convertScoringModeToString(eDataType, instanceValue);
			case AnnotidePackage.DOUBLE_ARRAY:
				return convertDoubleArrayToString(eDataType, instanceValue);
			case AnnotidePackage.INT_ARRAY:
				return convertIntArrayToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, String> createStringToStringMapEntry() {
		StringToStringMapEntryImpl stringToStringMapEntry = new StringToStringMapEntryImpl();
		return stringToStringMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, Double> createStringToDoubleMapEntry() {
		StringToDoubleMapEntryImpl stringToDoubleMapEntry = new StringToDoubleMapEntryImpl();
		return stringToDoubleMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageAsset createImageAsset() {
		ImageAssetImpl imageAsset = new ImageAssetImpl();
		return imageAsset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tile createTile() {
		TileImpl tile = new TileImpl();
		return tile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelClass createLabelClass() {
		LabelClassImpl labelClass = new LabelClassImpl();
		return labelClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributeDefinition createAttributeDefinition() {
		AttributeDefinitionImpl attributeDefinition = new AttributeDefinitionImpl();
		return attributeDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotation createAnnotation() {
		AnnotationImpl annotation = new AnnotationImpl();
		return annotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoxShape createBoxShape() {
		BoxShapeImpl boxShape = new BoxShapeImpl();
		return boxShape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RotatedBoxShape createRotatedBoxShape() {
		RotatedBoxShapeImpl rotatedBoxShape = new RotatedBoxShapeImpl();
		return rotatedBoxShape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolygonShape createPolygonShape() {
		PolygonShapeImpl polygonShape = new PolygonShapeImpl();
		return polygonShape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolylineShape createPolylineShape() {
		PolylineShapeImpl polylineShape = new PolylineShapeImpl();
		return polylineShape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeypointsShape createKeypointsShape() {
		KeypointsShapeImpl keypointsShape = new KeypointsShapeImpl();
		return keypointsShape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaskShape createMaskShape() {
		MaskShapeImpl maskShape = new MaskShapeImpl();
		return maskShape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EllipseShape createEllipseShape() {
		EllipseShapeImpl ellipseShape = new EllipseShapeImpl();
		return ellipseShape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageClassShape createImageClassShape() {
		ImageClassShapeImpl imageClassShape = new ImageClassShapeImpl();
		return imageClassShape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSet createTrainingSet() {
		TrainingSetImpl trainingSet = new TrainingSetImpl();
		return trainingSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User createUser() {
		UserImpl user = new UserImpl();
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingJob createTrainingJob() {
		TrainingJobImpl trainingJob = new TrainingJobImpl();
		return trainingJob;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EpochMetrics createEpochMetrics() {
		EpochMetricsImpl epochMetrics = new EpochMetricsImpl();
		return epochMetrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainedModel createTrainedModel() {
		TrainedModelImpl trainedModel = new TrainedModelImpl();
		return trainedModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelectionRound createSelectionRound() {
		SelectionRoundImpl selectionRound = new SelectionRoundImpl();
		return selectionRound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelectionEntry createSelectionEntry() {
		SelectionEntryImpl selectionEntry = new SelectionEntryImpl();
		return selectionEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringFunction createScoringFunction() {
		ScoringFunctionImpl scoringFunction = new ScoringFunctionImpl();
		return scoringFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClassWeight createClassWeight() {
		ClassWeightImpl classWeight = new ClassWeightImpl();
		return classWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BenchmarkProject createBenchmarkProject() {
		BenchmarkProjectImpl benchmarkProject = new BenchmarkProjectImpl();
		return benchmarkProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingProject createTrainingProject() {
		TrainingProjectImpl trainingProject = new TrainingProjectImpl();
		return trainingProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotatorTask createAnnotatorTask() {
		AnnotatorTaskImpl annotatorTask = new AnnotatorTaskImpl();
		return annotatorTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Submission createSubmission() {
		SubmissionImpl submission = new SubmissionImpl();
		return submission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Score createScore() {
		ScoreImpl score = new ScoreImpl();
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClassScore createClassScore() {
		ClassScoreImpl classScore = new ClassScoreImpl();
		return classScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PixelType createPixelTypeFromString(EDataType eDataType, String initialValue) {
		PixelType result = PixelType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPixelTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageStatus createImageStatusFromString(EDataType eDataType, String initialValue) {
		ImageStatus result = ImageStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImageStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttributeType createAttributeTypeFromString(EDataType eDataType, String initialValue) {
		AttributeType result = AttributeType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttributeTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ShapeKind createShapeKindFromString(EDataType eDataType, String initialValue) {
		ShapeKind result = ShapeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertShapeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Provenance createProvenanceFromString(EDataType eDataType, String initialValue) {
		Provenance result = Provenance.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProvenanceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewState createReviewStateFromString(EDataType eDataType, String initialValue) {
		ReviewState result = ReviewState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskType createTaskTypeFromString(EDataType eDataType, String initialValue) {
		TaskType result = TaskType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaskTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JobStatus createJobStatusFromString(EDataType eDataType, String initialValue) {
		JobStatus result = JobStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJobStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingProjectStatus createTrainingProjectStatusFromString(EDataType eDataType, String initialValue) {
		TrainingProjectStatus result = TrainingProjectStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrainingProjectStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskStatus createTaskStatusFromString(EDataType eDataType, String initialValue) {
		TaskStatus result = TaskStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaskStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScoringMode createScoringModeFromString(EDataType eDataType, String initialValue) {
		ScoringMode result = ScoringMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScoringModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public double[] createDoubleArrayFromString(EDataType eDataType, String initialValue) {
		return org.annotide.model.util.ArrayText.parseDoubles(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertDoubleArrayToString(EDataType eDataType, Object instanceValue) {
		return org.annotide.model.util.ArrayText.format((double[]) instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public int[] createIntArrayFromString(EDataType eDataType, String initialValue) {
		return org.annotide.model.util.ArrayText.parseInts(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertIntArrayToString(EDataType eDataType, Object instanceValue) {
		return org.annotide.model.util.ArrayText.format((int[]) instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotidePackage getAnnotidePackage() {
		return (AnnotidePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AnnotidePackage getPackage() {
		return AnnotidePackage.eINSTANCE;
	}

} //AnnotideFactoryImpl
