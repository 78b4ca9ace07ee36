/**
 */
package org.annotide.model.util;

import java.util.Map;

import org.annotide.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.annotide.model.AnnotidePackage
 * @generated
 */
public class AnnotideAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static AnnotidePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnnotideAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = AnnotidePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotideSwitch<Adapter> modelSwitch =
		new AnnotideSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamed(Named object) {
				return createNamedAdapter();
			}
			@Override
			public Adapter caseProject(Project object) {
				return createProjectAdapter();
			}
			@Override
			public Adapter caseStringToStringMapEntry(Map.Entry<String, String> object) {
				return createStringToStringMapEntryAdapter();
			}
			@Override
			public Adapter caseStringToDoubleMapEntry(Map.Entry<String, Double> object) {
				return createStringToDoubleMapEntryAdapter();
			}
			@Override
			public Adapter caseImageAsset(ImageAsset object) {
				return createImageAssetAdapter();
			}
			@Override
			public Adapter caseTile(Tile object) {
				return createTileAdapter();
			}
			@Override
			public Adapter caseLabelClass(LabelClass object) {
				return createLabelClassAdapter();
			}
			@Override
			public Adapter caseAttributeDefinition(AttributeDefinition object) {
				return createAttributeDefinitionAdapter();
			}
			@Override
			public Adapter caseAnnotation(Annotation object) {
				return createAnnotationAdapter();
			}
			@Override
			public Adapter caseShape(Shape object) {
				return createShapeAdapter();
			}
			@Override
			public Adapter caseBoxShape(BoxShape object) {
				return createBoxShapeAdapter();
			}
			@Override
			public Adapter caseRotatedBoxShape(RotatedBoxShape object) {
				return createRotatedBoxShapeAdapter();
			}
			@Override
			public Adapter casePolygonShape(PolygonShape object) {
				return createPolygonShapeAdapter();
			}
			@Override
			public Adapter casePolylineShape(PolylineShape object) {
				return createPolylineShapeAdapter();
			}
			@Override
			public Adapter caseKeypointsShape(KeypointsShape object) {
				return createKeypointsShapeAdapter();
			}
			@Override
			public Adapter caseMaskShape(MaskShape object) {
				return createMaskShapeAdapter();
			}
			@Override
			public Adapter caseEllipseShape(EllipseShape object) {
				return createEllipseShapeAdapter();
			}
			@Override
			public Adapter caseImageClassShape(ImageClassShape object) {
				return createImageClassShapeAdapter();
			}
			@Override
			public Adapter caseTrainingSet(TrainingSet object) {
				return createTrainingSetAdapter();
			}
			@Override
			public Adapter caseUser(User object) {
				return createUserAdapter();
			}
			@Override
			public Adapter caseTrainingJob(TrainingJob object) {
				return createTrainingJobAdapter();
			}
			@Override
			public Adapter caseEpochMetrics(EpochMetrics object) {
				return createEpochMetricsAdapter();
			}
			@Override
			public Adapter caseTrainedModel(TrainedModel object) {
				return createTrainedModelAdapter();
			}
			@Override
			public Adapter caseSelectionRound(SelectionRound object) {
				return createSelectionRoundAdapter();
			}
			@Override
			public Adapter caseSelectionEntry(SelectionEntry object) {
				return createSelectionEntryAdapter();
			}
			@Override
			public Adapter caseScoringFunction(ScoringFunction object) {
				return createScoringFunctionAdapter();
			}
			@Override
			public Adapter caseClassWeight(ClassWeight object) {
				return createClassWeightAdapter();
			}
			@Override
			public Adapter caseBenchmarkProject(BenchmarkProject object) {
				return createBenchmarkProjectAdapter();
			}
			@Override
			public Adapter caseTrainingProject(TrainingProject object) {
				return createTrainingProjectAdapter();
			}
			@Override
			public Adapter caseAnnotatorTask(AnnotatorTask object) {
				return createAnnotatorTaskAdapter();
			}
			@Override
			public Adapter caseSubmission(Submission object) {
				return createSubmissionAdapter();
			}
			@Override
			public Adapter caseScore(Score object) {
				return createScoreAdapter();
			}
			@Override
			public Adapter caseClassScore(ClassScore object) {
				return createClassScoreAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.Named
	 * @generated
	 */
	public Adapter createNamedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.Project
	 * @generated
	 */
	public Adapter createProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link java.util.Map.Entry <em>String To String Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	public Adapter createStringToStringMapEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link java.util.Map.Entry <em>String To Double Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	public Adapter createStringToDoubleMapEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.ImageAsset <em>Image Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.ImageAsset
	 * @generated
	 */
	public Adapter createImageAssetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.Tile <em>Tile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.Tile
	 * @generated
	 */
	public Adapter createTileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.LabelClass <em>Label Class</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.LabelClass
	 * @generated
	 */
	public Adapter createLabelClassAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.AttributeDefinition <em>Attribute Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.AttributeDefinition
	 * @generated
	 */
	public Adapter createAttributeDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.Annotation
	 * @generated
	 */
	public Adapter createAnnotationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.Shape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.Shape
	 * @generated
	 */
	public Adapter createShapeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.BoxShape <em>Box Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.BoxShape
	 * @generated
	 */
	public Adapter createBoxShapeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.RotatedBoxShape <em>Rotated Box Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.RotatedBoxShape
	 * @generated
	 */
	public Adapter createRotatedBoxShapeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.PolygonShape <em>Polygon Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.PolygonShape
	 * @generated
	 */
	public Adapter createPolygonShapeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.PolylineShape <em>Polyline Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.PolylineShape
	 * @generated
	 */
	public Adapter createPolylineShapeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.KeypointsShape <em>Keypoints Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.KeypointsShape
	 * @generated
	 */
	public Adapter createKeypointsShapeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.MaskShape <em>Mask Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.MaskShape
	 * @generated
	 */
	public Adapter createMaskShapeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.EllipseShape <em>Ellipse Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.EllipseShape
	 * @generated
	 */
	public Adapter createEllipseShapeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.ImageClassShape <em>Image Class Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.ImageClassShape
	 * @generated
	 */
	public Adapter createImageClassShapeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.TrainingSet <em>Training Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.TrainingSet
	 * @generated
	 */
	public Adapter createTrainingSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.User
	 * @generated
	 */
	public Adapter createUserAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.TrainingJob <em>Training Job</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.TrainingJob
	 * @generated
	 */
	public Adapter createTrainingJobAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.EpochMetrics <em>Epoch Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.EpochMetrics
	 * @generated
	 */
	public Adapter createEpochMetricsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.TrainedModel <em>Trained Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.TrainedModel
	 * @generated
	 */
	public Adapter createTrainedModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.SelectionRound <em>Selection Round</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.SelectionRound
	 * @generated
	 */
	public Adapter createSelectionRoundAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.SelectionEntry <em>Selection Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.SelectionEntry
	 * @generated
	 */
	public Adapter createSelectionEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.ScoringFunction <em>Scoring Function</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.ScoringFunction
	 * @generated
	 */
	public Adapter createScoringFunctionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.ClassWeight <em>Class Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.ClassWeight
	 * @generated
	 */
	public Adapter createClassWeightAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.BenchmarkProject <em>Benchmark Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.BenchmarkProject
	 * @generated
	 */
	public Adapter createBenchmarkProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.TrainingProject <em>Training Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.TrainingProject
	 * @generated
	 */
	public Adapter createTrainingProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.AnnotatorTask <em>Annotator Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.AnnotatorTask
	 * @generated
	 */
	public Adapter createAnnotatorTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.Submission <em>Submission</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.Submission
	 * @generated
	 */
	public Adapter createSubmissionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.Score
	 * @generated
	 */
	public Adapter createScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.annotide.model.ClassScore <em>Class Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.annotide.model.ClassScore
	 * @generated
	 */
	public Adapter createClassScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //AnnotideAdapterFactory
