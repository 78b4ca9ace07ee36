/**
 */
package org.annotide.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.annotide.model.AnnotidePackage
 * @generated
 */
public interface AnnotideFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AnnotideFactory eINSTANCE = org.annotide.model.impl.AnnotideFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Project</em>'.
	 * @generated
	 */
	Project createProject();

	/**
	 * Returns a new object of class '<em>Image Asset</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Image Asset</em>'.
	 * @generated
	 */
	ImageAsset createImageAsset();

	/**
	 * Returns a new object of class '<em>Tile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tile</em>'.
	 * @generated
	 */
	Tile createTile();

	/**
	 * Returns a new object of class '<em>Label Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Label Class</em>'.
	 * @generated
	 */
	LabelClass createLabelClass();

	/**
	 * Returns a new object of class '<em>Attribute Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attribute Definition</em>'.
	 * @generated
	 */
	AttributeDefinition createAttributeDefinition();

	/**
	 * Returns a new object of class '<em>Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Annotation</em>'.
	 * @generated
	 */
	Annotation createAnnotation();

	/**
	 * Returns a new object of class '<em>Box Shape</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Box Shape</em>'.
	 * @generated
	 */
	BoxShape createBoxShape();

	/**
	 * Returns a new object of class '<em>Rotated Box Shape</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rotated Box Shape</em>'.
	 * @generated
	 */
	RotatedBoxShape createRotatedBoxShape();

	/**
	 * Returns a new object of class '<em>Polygon Shape</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Polygon Shape</em>'.
	 * @generated
	 */
	PolygonShape createPolygonShape();

	/**
	 * Returns a new object of class '<em>Polyline Shape</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Polyline Shape</em>'.
	 * @generated
	 */
	PolylineShape createPolylineShape();

	/**
	 * Returns a new object of class '<em>Keypoints Shape</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Keypoints Shape</em>'.
	 * @generated
	 */
	KeypointsShape createKeypointsShape();

	/**
	 * Returns a new object of class '<em>Mask Shape</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mask Shape</em>'.
	 * @generated
	 */
	MaskShape createMaskShape();

	/**
	 * Returns a new object of class '<em>Ellipse Shape</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ellipse Shape</em>'.
	 * @generated
	 */
	EllipseShape createEllipseShape();

	/**
	 * Returns a new object of class '<em>Image Class Shape</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Image Class Shape</em>'.
	 * @generated
	 */
	ImageClassShape createImageClassShape();

	/**
	 * Returns a new object of class '<em>Training Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Set</em>'.
	 * @generated
	 */
	TrainingSet createTrainingSet();

	/**
	 * Returns a new object of class '<em>User</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>User</em>'.
	 * @generated
	 */
	User createUser();

	/**
	 * Returns a new object of class '<em>Training Job</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Job</em>'.
	 * @generated
	 */
	TrainingJob createTrainingJob();

	/**
	 * Returns a new object of class '<em>Epoch Metrics</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Epoch Metrics</em>'.
	 * @generated
	 */
	EpochMetrics createEpochMetrics();

	/**
	 * Returns a new object of class '<em>Trained Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trained Model</em>'.
	 * @generated
	 */
	TrainedModel createTrainedModel();

	/**
	 * Returns a new object of class '<em>Selection Round</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Selection Round</em>'.
	 * @generated
	 */
	SelectionRound createSelectionRound();

	/**
	 * Returns a new object of class '<em>Selection Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Selection Entry</em>'.
	 * @generated
	 */
	SelectionEntry createSelectionEntry();

	/**
	 * Returns a new object of class '<em>Scoring Function</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scoring Function</em>'.
	 * @generated
	 */
	ScoringFunction createScoringFunction();

	/**
	 * Returns a new object of class '<em>Class Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Class Weight</em>'.
	 * @generated
	 */
	ClassWeight createClassWeight();

	/**
	 * Returns a new object of class '<em>Benchmark Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Benchmark Project</em>'.
	 * @generated
	 */
	BenchmarkProject createBenchmarkProject();

	/**
	 * Returns a new object of class '<em>Training Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Project</em>'.
	 * @generated
	 */
	TrainingProject createTrainingProject();

	/**
	 * Returns a new object of class '<em>Annotator Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Annotator Task</em>'.
	 * @generated
	 */
	AnnotatorTask createAnnotatorTask();

	/**
	 * Returns a new object of class '<em>Submission</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Submission</em>'.
	 * @generated
	 */
	Submission createSubmission();

	/**
	 * Returns a new object of class '<em>Score</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Score</em>'.
	 * @generated
	 */
	Score createScore();

	/**
	 * Returns a new object of class '<em>Class Score</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Class Score</em>'.
	 * @generated
	 */
	ClassScore createClassScore();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AnnotidePackage getAnnotidePackage();

} //AnnotideFactory
