/**
 */
package org.annotide.model.util;

import java.util.Map;

import org.annotide.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.annotide.model.AnnotidePackage
 * @generated
 */
public class AnnotideSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static AnnotidePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnnotideSwitch() {
		if (modelPackage == null) {
			modelPackage = AnnotidePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case AnnotidePackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.NAMED: {
				Named named = (Named)theEObject;
				T result = caseNamed(named);
				if (result == null) result = caseIdentified(named);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.PROJECT: {
				Project project = (Project)theEObject;
				T result = caseProject(project);
				if (result == null) result = caseNamed(project);
				if (result == null) result = caseIdentified(project);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.STRING_TO_STRING_MAP_ENTRY: {
				@SuppressWarnings("unchecked") Map.Entry<String, String> stringToStringMapEntry = (Map.Entry<String, String>)theEObject;
				T result = caseStringToStringMapEntry(stringToStringMapEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.STRING_TO_DOUBLE_MAP_ENTRY: {
				@SuppressWarnings("unchecked") Map.Entry<String, Double> stringToDoubleMapEntry = (Map.Entry<String, Double>)theEObject;
				T result = caseStringToDoubleMapEntry(stringToDoubleMapEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.IMAGE_ASSET: {
				ImageAsset imageAsset = (ImageAsset)theEObject;
				T result = caseImageAsset(imageAsset);
				if (result == null) result = caseNamed(imageAsset);
				if (result == null) result = caseIdentified(imageAsset);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.TILE: {
				Tile tile = (Tile)theEObject;
				T result = caseTile(tile);
				if (result == null) result = caseIdentified(tile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.LABEL_CLASS: {
				LabelClass labelClass = (LabelClass)theEObject;
				T result = caseLabelClass(labelClass);
				if (result == null) result = caseNamed(labelClass);
				if (result == null) result = caseIdentified(labelClass);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.ATTRIBUTE_DEFINITION: {
				AttributeDefinition attributeDefinition = (AttributeDefinition)theEObject;
				T result = caseAttributeDefinition(attributeDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.ANNOTATION: {
				Annotation annotation = (Annotation)theEObject;
				T result = caseAnnotation(annotation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.SHAPE: {
				Shape shape = (Shape)theEObject;
				T result = caseShape(shape);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.BOX_SHAPE: {
				BoxShape boxShape = (BoxShape)theEObject;
				T result = caseBoxShape(boxShape);
				if (result == null) result = caseShape(boxShape);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.ROTATED_BOX_SHAPE: {
				RotatedBoxShape rotatedBoxShape = (RotatedBoxShape)theEObject;
				T result = caseRotatedBoxShape(rotatedBoxShape);
				if (result == null) result = caseShape(rotatedBoxShape);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.POLYGON_SHAPE: {
				PolygonShape polygonShape = (PolygonShape)theEObject;
				T result = casePolygonShape(polygonShape);
				if (result == null) result = caseShape(polygonShape);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.POLYLINE_SHAPE: {
				PolylineShape polylineShape = (PolylineShape)theEObject;
				T result = casePolylineShape(polylineShape);
				if (result == null) result = caseShape(polylineShape);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.KEYPOINTS_SHAPE: {
				KeypointsShape keypointsShape = (KeypointsShape)theEObject;
				T result = caseKeypointsShape(keypointsShape);
				if (result == null) result = caseShape(keypointsShape);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.MASK_SHAPE: {
				MaskShape maskShape = (MaskShape)theEObject;
				T result = caseMaskShape(maskShape);
				if (result == null) result = caseShape(maskShape);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.ELLIPSE_SHAPE: {
				EllipseShape ellipseShape = (EllipseShape)theEObject;
				T result = caseEllipseShape(ellipseShape);
				if (result == null) result = caseShape(ellipseShape);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.IMAGE_CLASS_SHAPE: {
				ImageClassShape imageClassShape = (ImageClassShape)theEObject;
				T result = caseImageClassShape(imageClassShape);
				if (result == null) result = caseShape(imageClassShape);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.TRAINING_SET: {
				TrainingSet trainingSet = (TrainingSet)theEObject;
				T result = caseTrainingSet(trainingSet);
				if (result == null) result = caseNamed(trainingSet);
				if (result == null) result = caseIdentified(trainingSet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.USER: {
				User user = (User)theEObject;
				T result = caseUser(user);
				if (result == null) result = caseIdentified(user);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.TRAINING_JOB: {
				TrainingJob trainingJob = (TrainingJob)theEObject;
				T result = caseTrainingJob(trainingJob);
				if (result == null) result = caseNamed(trainingJob);
				if (result == null) result = caseIdentified(trainingJob);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.EPOCH_METRICS: {
				EpochMetrics epochMetrics = (EpochMetrics)theEObject;
				T result = caseEpochMetrics(epochMetrics);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.TRAINED_MODEL: {
				TrainedModel trainedModel = (TrainedModel)theEObject;
				T result = caseTrainedModel(trainedModel);
				if (result == null) result = caseNamed(trainedModel);
				if (result == null) result = caseIdentified(trainedModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.SELECTION_ROUND: {
				SelectionRound selectionRound = (SelectionRound)theEObject;
				T result = caseSelectionRound(selectionRound);
				if (result == null) result = caseNamed(selectionRound);
				if (result == null) result = caseIdentified(selectionRound);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.SELECTION_ENTRY: {
				SelectionEntry selectionEntry = (SelectionEntry)theEObject;
				T result = caseSelectionEntry(selectionEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.SCORING_FUNCTION: {
				ScoringFunction scoringFunction = (ScoringFunction)theEObject;
				T result = caseScoringFunction(scoringFunction);
				if (result == null) result = caseNamed(scoringFunction);
				if (result == null) result = caseIdentified(scoringFunction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.CLASS_WEIGHT: {
				ClassWeight classWeight = (ClassWeight)theEObject;
				T result = caseClassWeight(classWeight);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.BENCHMARK_PROJECT: {
				BenchmarkProject benchmarkProject = (BenchmarkProject)theEObject;
				T result = caseBenchmarkProject(benchmarkProject);
				if (result == null) result = caseNamed(benchmarkProject);
				if (result == null) result = caseIdentified(benchmarkProject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.TRAINING_PROJECT: {
				TrainingProject trainingProject = (TrainingProject)theEObject;
				T result = caseTrainingProject(trainingProject);
				if (result == null) result = caseNamed(trainingProject);
				if (result == null) result = caseIdentified(trainingProject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.ANNOTATOR_TASK: {
				AnnotatorTask annotatorTask = (AnnotatorTask)theEObject;
				T result = caseAnnotatorTask(annotatorTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.SUBMISSION: {
				Submission submission = (Submission)theEObject;
				T result = caseSubmission(submission);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.SCORE: {
				Score score = (Score)theEObject;
				T result = caseScore(score);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnnotidePackage.CLASS_SCORE: {
				ClassScore classScore = (ClassScore)theEObject;
				T result = caseClassScore(classScore);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamed(Named object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProject(Project object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>String To String Map Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>String To String Map Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStringToStringMapEntry(Map.Entry<String, String> object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>String To Double Map Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>String To Double Map Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStringToDoubleMapEntry(Map.Entry<String, Double> object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Image Asset</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Image Asset</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImageAsset(ImageAsset object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTile(Tile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Label Class</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Label Class</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLabelClass(LabelClass object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Attribute Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Attribute Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAttributeDefinition(AttributeDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Annotation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnnotation(Annotation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Shape</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Shape</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseShape(Shape object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Box Shape</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Box Shape</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBoxShape(BoxShape object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rotated Box Shape</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rotated Box Shape</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRotatedBoxShape(RotatedBoxShape object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Polygon Shape</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Polygon Shape</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolygonShape(PolygonShape object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Polyline Shape</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Polyline Shape</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolylineShape(PolylineShape object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Keypoints Shape</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Keypoints Shape</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKeypointsShape(KeypointsShape object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mask Shape</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mask Shape</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMaskShape(MaskShape object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ellipse Shape</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ellipse Shape</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEllipseShape(EllipseShape object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Image Class Shape</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Image Class Shape</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImageClassShape(ImageClassShape object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Set</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Set</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingSet(TrainingSet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>User</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>User</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUser(User object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Job</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Job</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingJob(TrainingJob object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Epoch Metrics</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Epoch Metrics</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEpochMetrics(EpochMetrics object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Trained Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Trained Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainedModel(TrainedModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Selection Round</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Selection Round</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSelectionRound(SelectionRound object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Selection Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Selection Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSelectionEntry(SelectionEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scoring Function</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scoring Function</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScoringFunction(ScoringFunction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Class Weight</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Class Weight</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClassWeight(ClassWeight object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Benchmark Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Benchmark Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBenchmarkProject(BenchmarkProject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingProject(TrainingProject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Annotator Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Annotator Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnnotatorTask(AnnotatorTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Submission</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Submission</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubmission(Submission object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Score</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Score</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScore(Score object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Class Score</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Class Score</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClassScore(ClassScore object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //AnnotideSwitch
