/**
 */
package org.annotide.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Annotide domain: a project holds images, their tiles and annotations, the label-class ontology, training sets, people, training jobs and trained models, and the annotator-training records. Geometry is stored as flat coordinate arrays in image pixel space so that a million shapes stay compact.
 * <!-- end-model-doc -->
 * @see org.annotide.model.AnnotideFactory
 * @model kind="package"
 * @generated
 */
public interface AnnotidePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://annotide.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "annotide";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AnnotidePackage eINSTANCE = org.annotide.model.impl.AnnotidePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.IdentifiedImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.NamedImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.ProjectImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CREATED_AT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Next Annotation Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NEXT_ANNOTATION_ID = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__USERS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Label Classes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__LABEL_CLASSES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__IMAGES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Training Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__TRAINING_SETS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Training Jobs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__TRAINING_JOBS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Models</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__MODELS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Selection Rounds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SELECTION_ROUNDS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Scoring Functions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SCORING_FUNCTIONS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Benchmarks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BENCHMARKS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Training Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__TRAINING_PROJECTS = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__METADATA = NAMED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.StringToStringMapEntryImpl <em>String To String Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.StringToStringMapEntryImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getStringToStringMapEntry()
	 * @generated
	 */
	int STRING_TO_STRING_MAP_ENTRY = 3;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_TO_STRING_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_TO_STRING_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String To String Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_TO_STRING_MAP_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>String To String Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_TO_STRING_MAP_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.StringToDoubleMapEntryImpl <em>String To Double Map Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.StringToDoubleMapEntryImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getStringToDoubleMapEntry()
	 * @generated
	 */
	int STRING_TO_DOUBLE_MAP_ENTRY = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_TO_DOUBLE_MAP_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_TO_DOUBLE_MAP_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String To Double Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_TO_DOUBLE_MAP_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>String To Double Map Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_TO_DOUBLE_MAP_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.ImageAssetImpl <em>Image Asset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.ImageAssetImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getImageAsset()
	 * @generated
	 */
	int IMAGE_ASSET = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__LOCATION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__WIDTH = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__HEIGHT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__BANDS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Pixel Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__PIXEL_TYPE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Exif Orientation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__EXIF_ORIENTATION = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__FORMAT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__STATUS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__IMPORTED_AT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__METADATA = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__ANNOTATIONS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Tiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET__TILES = NAMED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Image Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET_FEATURE_COUNT = NAMED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Image Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_ASSET_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.TileImpl <em>Tile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.TileImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getTile()
	 * @generated
	 */
	int TILE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Image</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__IMAGE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tile Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__TILE_INDEX = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__ROW = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__COLUMN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__X = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__Y = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__WIDTH = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__HEIGHT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__CREATED_AT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__UPDATED_AT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__METADATA = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE__STATUS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Tile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The operation id for the '<em>Get Siblings</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE___GET_SIBLINGS = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Get Training Sets</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE___GET_TRAINING_SETS = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Tile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TILE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.LabelClassImpl <em>Label Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.LabelClassImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getLabelClass()
	 * @generated
	 */
	int LABEL_CLASS = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__COLOR = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hotkey</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__HOTKEY = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Supercategory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__SUPERCATEGORY = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Allowed Shapes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__ALLOWED_SHAPES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__ATTRIBUTES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Keypoint Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__KEYPOINT_NAMES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Skeleton Edges</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__SKELETON_EDGES = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Keypoint Sigmas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__KEYPOINT_SIGMAS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Label Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS_FEATURE_COUNT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Label Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.AttributeDefinitionImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getAttributeDefinition()
	 * @generated
	 */
	int ATTRIBUTE_DEFINITION = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__VALUES = 2;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__DEFAULT_VALUE = 3;

	/**
	 * The feature id for the '<em><b>Mutable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__MUTABLE = 4;

	/**
	 * The number of structural features of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.AnnotationImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__LABEL_CLASS = 1;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__SHAPE = 2;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__PROVENANCE = 3;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__MODEL_VERSION = 4;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__SCORE = 5;

	/**
	 * The feature id for the '<em><b>Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__REVIEW = 6;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__AUTHOR = 7;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CREATED_AT = 8;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__UPDATED_AT = 9;

	/**
	 * The feature id for the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__HIDDEN = 10;

	/**
	 * The feature id for the '<em><b>Locked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__LOCKED = 11;

	/**
	 * The feature id for the '<em><b>Occluded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__OCCLUDED = 12;

	/**
	 * The feature id for the '<em><b>Crowd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CROWD = 13;

	/**
	 * The feature id for the '<em><b>ZOrder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ZORDER = 14;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__GROUP = 15;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ATTRIBUTES = 16;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.ShapeImpl <em>Shape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.ShapeImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getShape()
	 * @generated
	 */
	int SHAPE = 10;

	/**
	 * The number of structural features of the '<em>Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPE_FEATURE_COUNT = 0;

	/**
	 * The operation id for the '<em>Get Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPE___GET_KIND = 0;

	/**
	 * The number of operations of the '<em>Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHAPE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.BoxShapeImpl <em>Box Shape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.BoxShapeImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getBoxShape()
	 * @generated
	 */
	int BOX_SHAPE = 11;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX_SHAPE__X = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX_SHAPE__Y = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX_SHAPE__WIDTH = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX_SHAPE__HEIGHT = SHAPE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Box Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX_SHAPE_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Get Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX_SHAPE___GET_KIND = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Box Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOX_SHAPE_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.RotatedBoxShapeImpl <em>Rotated Box Shape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.RotatedBoxShapeImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getRotatedBoxShape()
	 * @generated
	 */
	int ROTATED_BOX_SHAPE = 12;

	/**
	 * The feature id for the '<em><b>Cx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATED_BOX_SHAPE__CX = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATED_BOX_SHAPE__CY = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATED_BOX_SHAPE__WIDTH = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATED_BOX_SHAPE__HEIGHT = SHAPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATED_BOX_SHAPE__ANGLE = SHAPE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Rotated Box Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATED_BOX_SHAPE_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Get Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATED_BOX_SHAPE___GET_KIND = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Rotated Box Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATED_BOX_SHAPE_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.PolygonShapeImpl <em>Polygon Shape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.PolygonShapeImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getPolygonShape()
	 * @generated
	 */
	int POLYGON_SHAPE = 13;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_SHAPE__POINTS = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ring Ends</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_SHAPE__RING_ENDS = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Part Ends</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_SHAPE__PART_ENDS = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Polygon Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_SHAPE_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Get Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_SHAPE___GET_KIND = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Polygon Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_SHAPE_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.PolylineShapeImpl <em>Polyline Shape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.PolylineShapeImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getPolylineShape()
	 * @generated
	 */
	int POLYLINE_SHAPE = 14;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE_SHAPE__POINTS = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Polyline Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE_SHAPE_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE_SHAPE___GET_KIND = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Polyline Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYLINE_SHAPE_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.KeypointsShapeImpl <em>Keypoints Shape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.KeypointsShapeImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getKeypointsShape()
	 * @generated
	 */
	int KEYPOINTS_SHAPE = 15;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEYPOINTS_SHAPE__POINTS = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Visibility</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEYPOINTS_SHAPE__VISIBILITY = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Keypoints Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEYPOINTS_SHAPE_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEYPOINTS_SHAPE___GET_KIND = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Keypoints Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEYPOINTS_SHAPE_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.MaskShapeImpl <em>Mask Shape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.MaskShapeImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getMaskShape()
	 * @generated
	 */
	int MASK_SHAPE = 16;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK_SHAPE__X = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK_SHAPE__Y = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK_SHAPE__WIDTH = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK_SHAPE__HEIGHT = SHAPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Counts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK_SHAPE__COUNTS = SHAPE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Mask Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK_SHAPE_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Get Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK_SHAPE___GET_KIND = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Mask Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK_SHAPE_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.EllipseShapeImpl <em>Ellipse Shape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.EllipseShapeImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getEllipseShape()
	 * @generated
	 */
	int ELLIPSE_SHAPE = 17;

	/**
	 * The feature id for the '<em><b>Cx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_SHAPE__CX = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_SHAPE__CY = SHAPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_SHAPE__RX = SHAPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_SHAPE__RY = SHAPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_SHAPE__ANGLE = SHAPE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Ellipse Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_SHAPE_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Get Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_SHAPE___GET_KIND = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Ellipse Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELLIPSE_SHAPE_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.ImageClassShapeImpl <em>Image Class Shape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.ImageClassShapeImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getImageClassShape()
	 * @generated
	 */
	int IMAGE_CLASS_SHAPE = 18;

	/**
	 * The number of structural features of the '<em>Image Class Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_CLASS_SHAPE_FEATURE_COUNT = SHAPE_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Get Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_CLASS_SHAPE___GET_KIND = SHAPE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Image Class Shape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_CLASS_SHAPE_OPERATION_COUNT = SHAPE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.TrainingSetImpl <em>Training Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.TrainingSetImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getTrainingSet()
	 * @generated
	 */
	int TRAINING_SET = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SET__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SET__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SET__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SET__CREATED_BY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SET__CREATED_AT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tiles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SET__TILES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Training Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SET_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Training Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SET_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.UserImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getUser()
	 * @generated
	 */
	int USER = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__LOGIN = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__DISPLAY_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__EMAIL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ROLE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__PASSWORD_HASH = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.TrainingJobImpl <em>Training Job</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.TrainingJobImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getTrainingJob()
	 * @generated
	 */
	int TRAINING_JOB = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__TYPE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__STATUS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Training Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__TRAINING_SET = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Validation Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__VALIDATION_SET = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Label Classes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__LABEL_CLASSES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Configuration</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__CONFIGURATION = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__CREATED_BY = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__CREATED_AT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__STARTED_AT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__FINISHED_AT = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__PROGRESS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Error Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__ERROR_MESSAGE = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__EPOCHS = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Result Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB__RESULT_MODEL = NAMED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Training Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB_FEATURE_COUNT = NAMED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Training Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_JOB_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.EpochMetricsImpl <em>Epoch Metrics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.EpochMetricsImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getEpochMetrics()
	 * @generated
	 */
	int EPOCH_METRICS = 22;

	/**
	 * The feature id for the '<em><b>Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__EPOCH = 0;

	/**
	 * The feature id for the '<em><b>Train Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__TRAIN_LOSS = 1;

	/**
	 * The feature id for the '<em><b>Validation Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__VALIDATION_LOSS = 2;

	/**
	 * The feature id for the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__DURATION_MILLIS = 3;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__METRICS = 4;

	/**
	 * The number of structural features of the '<em>Epoch Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Epoch Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.TrainedModelImpl <em>Trained Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.TrainedModelImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getTrainedModel()
	 * @generated
	 */
	int TRAINED_MODEL = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__VERSION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__TYPE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__ARCHITECTURE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Weights Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__WEIGHTS_LOCATION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Input Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__INPUT_SIZE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__ACTIVE = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__CREATED_AT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Job</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__JOB = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Label Classes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__LABEL_CLASSES = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL__METRICS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Trained Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Trained Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINED_MODEL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.SelectionRoundImpl <em>Selection Round</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.SelectionRoundImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getSelectionRound()
	 * @generated
	 */
	int SELECTION_ROUND = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND__STRATEGY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND__MODEL = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND__CREATED_AT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND__ENTRIES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND__BATCH_SIZE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Labelled Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND__LABELLED_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND__ACCURACY = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Selection Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Selection Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ROUND_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.SelectionEntryImpl <em>Selection Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.SelectionEntryImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getSelectionEntry()
	 * @generated
	 */
	int SELECTION_ENTRY = 25;

	/**
	 * The feature id for the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ENTRY__IMAGE = 0;

	/**
	 * The feature id for the '<em><b>Tile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ENTRY__TILE = 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ENTRY__SCORE = 2;

	/**
	 * The feature id for the '<em><b>Skipped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ENTRY__SKIPPED = 3;

	/**
	 * The number of structural features of the '<em>Selection Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ENTRY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Selection Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTION_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.ScoringFunctionImpl <em>Scoring Function</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.ScoringFunctionImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getScoringFunction()
	 * @generated
	 */
	int SCORING_FUNCTION = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FUNCTION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FUNCTION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FUNCTION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Iou Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FUNCTION__IOU_THRESHOLD = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Default Iou Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FUNCTION__DEFAULT_IOU_WEIGHT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Default Category Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FUNCTION__DEFAULT_CATEGORY_WEIGHT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Class Weights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FUNCTION__CLASS_WEIGHTS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FUNCTION__MODE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Scoring Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FUNCTION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Scoring Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FUNCTION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.ClassWeightImpl <em>Class Weight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.ClassWeightImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getClassWeight()
	 * @generated
	 */
	int CLASS_WEIGHT = 27;

	/**
	 * The feature id for the '<em><b>Label Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_WEIGHT__LABEL_CLASS = 0;

	/**
	 * The feature id for the '<em><b>Iou Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_WEIGHT__IOU_WEIGHT = 1;

	/**
	 * The feature id for the '<em><b>Category Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_WEIGHT__CATEGORY_WEIGHT = 2;

	/**
	 * The number of structural features of the '<em>Class Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_WEIGHT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Class Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_WEIGHT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.BenchmarkProjectImpl <em>Benchmark Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.BenchmarkProjectImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getBenchmarkProject()
	 * @generated
	 */
	int BENCHMARK_PROJECT = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_PROJECT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_PROJECT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_PROJECT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Images</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_PROJECT__IMAGES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_PROJECT__CREATED_BY = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_PROJECT__CREATED_AT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Benchmark Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_PROJECT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Benchmark Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENCHMARK_PROJECT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.TrainingProjectImpl <em>Training Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.TrainingProjectImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getTrainingProject()
	 * @generated
	 */
	int TRAINING_PROJECT = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Benchmark</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__BENCHMARK = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scoring Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__SCORING_FUNCTION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Trainees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__TRAINEES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__MANAGER = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__STATUS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__CREATED_AT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT__TASKS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Training Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Training Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PROJECT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.AnnotatorTaskImpl <em>Annotator Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.AnnotatorTaskImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getAnnotatorTask()
	 * @generated
	 */
	int ANNOTATOR_TASK = 30;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_TASK__ANNOTATOR = 0;

	/**
	 * The feature id for the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_TASK__IMAGE = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_TASK__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_TASK__ANNOTATIONS = 3;

	/**
	 * The feature id for the '<em><b>Submissions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_TASK__SUBMISSIONS = 4;

	/**
	 * The number of structural features of the '<em>Annotator Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_TASK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Annotator Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_TASK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.SubmissionImpl <em>Submission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.SubmissionImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getSubmission()
	 * @generated
	 */
	int SUBMISSION = 31;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION__SUBMITTED_AT = 0;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION__ANNOTATIONS = 1;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION__SCORES = 2;

	/**
	 * The number of structural features of the '<em>Submission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Submission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.ScoreImpl <em>Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.ScoreImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getScore()
	 * @generated
	 */
	int SCORE = 32;

	/**
	 * The feature id for the '<em><b>Scoring Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__SCORING_FUNCTION = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Computed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__COMPUTED_AT = 2;

	/**
	 * The feature id for the '<em><b>Class Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__CLASS_SCORES = 3;

	/**
	 * The number of structural features of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.impl.ClassScoreImpl <em>Class Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.ClassScoreImpl
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getClassScore()
	 * @generated
	 */
	int CLASS_SCORE = 33;

	/**
	 * The feature id for the '<em><b>Label Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_SCORE__LABEL_CLASS = 0;

	/**
	 * The feature id for the '<em><b>Mean Iou</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_SCORE__MEAN_IOU = 1;

	/**
	 * The feature id for the '<em><b>Category Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_SCORE__CATEGORY_ACCURACY = 2;

	/**
	 * The feature id for the '<em><b>Matched</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_SCORE__MATCHED = 3;

	/**
	 * The feature id for the '<em><b>Missed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_SCORE__MISSED = 4;

	/**
	 * The feature id for the '<em><b>Extra</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_SCORE__EXTRA = 5;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_SCORE__VALUE = 6;

	/**
	 * The number of structural features of the '<em>Class Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_SCORE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Class Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.annotide.model.PixelType <em>Pixel Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.PixelType
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getPixelType()
	 * @generated
	 */
	int PIXEL_TYPE = 34;

	/**
	 * The meta object id for the '{@link org.annotide.model.ImageStatus <em>Image Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.ImageStatus
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getImageStatus()
	 * @generated
	 */
	int IMAGE_STATUS = 35;

	/**
	 * The meta object id for the '{@link org.annotide.model.AttributeType <em>Attribute Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.AttributeType
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getAttributeType()
	 * @generated
	 */
	int ATTRIBUTE_TYPE = 36;

	/**
	 * The meta object id for the '{@link org.annotide.model.ShapeKind <em>Shape Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.ShapeKind
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getShapeKind()
	 * @generated
	 */
	int SHAPE_KIND = 37;

	/**
	 * The meta object id for the '{@link org.annotide.model.Provenance <em>Provenance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.Provenance
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 38;

	/**
	 * The meta object id for the '{@link org.annotide.model.ReviewState <em>Review State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.ReviewState
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getReviewState()
	 * @generated
	 */
	int REVIEW_STATE = 39;

	/**
	 * The meta object id for the '{@link org.annotide.model.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.Role
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 40;

	/**
	 * The meta object id for the '{@link org.annotide.model.TaskType <em>Task Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.TaskType
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getTaskType()
	 * @generated
	 */
	int TASK_TYPE = 41;

	/**
	 * The meta object id for the '{@link org.annotide.model.JobStatus <em>Job Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.JobStatus
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getJobStatus()
	 * @generated
	 */
	int JOB_STATUS = 42;

	/**
	 * The meta object id for the '{@link org.annotide.model.TrainingProjectStatus <em>Training Project Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.TrainingProjectStatus
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getTrainingProjectStatus()
	 * @generated
	 */
	int TRAINING_PROJECT_STATUS = 43;

	/**
	 * The meta object id for the '{@link org.annotide.model.TaskStatus <em>Task Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.TaskStatus
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getTaskStatus()
	 * @generated
	 */
	int TASK_STATUS = 44;

	/**
	 * The meta object id for the '{@link org.annotide.model.ScoringMode <em>Scoring Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.ScoringMode
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getScoringMode()
	 * @generated
	 */
	int SCORING_MODE = 45;

	/**
	 * The meta object id for the '<em>Double Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getDoubleArray()
	 * @generated
	 */
	int DOUBLE_ARRAY = 46;

	/**
	 * The meta object id for the '<em>Int Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.annotide.model.impl.AnnotidePackageImpl#getIntArray()
	 * @generated
	 */
	int INT_ARRAY = 47;


	/**
	 * Returns the meta object for class '{@link org.annotide.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.annotide.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.annotide.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.annotide.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.annotide.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Named#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.annotide.model.Named#getDescription()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Description();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.annotide.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Project#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.annotide.model.Project#getCreatedAt()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Project#getNextAnnotationId <em>Next Annotation Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Annotation Id</em>'.
	 * @see org.annotide.model.Project#getNextAnnotationId()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_NextAnnotationId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Project#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see org.annotide.model.Project#getImages()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Images();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Project#getLabelClasses <em>Label Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Label Classes</em>'.
	 * @see org.annotide.model.Project#getLabelClasses()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_LabelClasses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Project#getTrainingSets <em>Training Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Training Sets</em>'.
	 * @see org.annotide.model.Project#getTrainingSets()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_TrainingSets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Project#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Users</em>'.
	 * @see org.annotide.model.Project#getUsers()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Users();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Project#getTrainingJobs <em>Training Jobs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Training Jobs</em>'.
	 * @see org.annotide.model.Project#getTrainingJobs()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_TrainingJobs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Project#getModels <em>Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Models</em>'.
	 * @see org.annotide.model.Project#getModels()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Models();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Project#getSelectionRounds <em>Selection Rounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Selection Rounds</em>'.
	 * @see org.annotide.model.Project#getSelectionRounds()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_SelectionRounds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Project#getScoringFunctions <em>Scoring Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scoring Functions</em>'.
	 * @see org.annotide.model.Project#getScoringFunctions()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_ScoringFunctions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Project#getBenchmarks <em>Benchmarks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Benchmarks</em>'.
	 * @see org.annotide.model.Project#getBenchmarks()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Benchmarks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Project#getTrainingProjects <em>Training Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Training Projects</em>'.
	 * @see org.annotide.model.Project#getTrainingProjects()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_TrainingProjects();

	/**
	 * Returns the meta object for the map '{@link org.annotide.model.Project#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Metadata</em>'.
	 * @see org.annotide.model.Project#getMetadata()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Metadata();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>String To String Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String To String Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getStringToStringMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringToStringMapEntry()
	 * @generated
	 */
	EAttribute getStringToStringMapEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringToStringMapEntry()
	 * @generated
	 */
	EAttribute getStringToStringMapEntry_Value();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>String To Double Map Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String To Double Map Entry</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EDoubleObject"
	 * @generated
	 */
	EClass getStringToDoubleMapEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringToDoubleMapEntry()
	 * @generated
	 */
	EAttribute getStringToDoubleMapEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringToDoubleMapEntry()
	 * @generated
	 */
	EAttribute getStringToDoubleMapEntry_Value();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.ImageAsset <em>Image Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Asset</em>'.
	 * @see org.annotide.model.ImageAsset
	 * @generated
	 */
	EClass getImageAsset();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ImageAsset#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.annotide.model.ImageAsset#getLocation()
	 * @see #getImageAsset()
	 * @generated
	 */
	EAttribute getImageAsset_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ImageAsset#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.annotide.model.ImageAsset#getWidth()
	 * @see #getImageAsset()
	 * @generated
	 */
	EAttribute getImageAsset_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ImageAsset#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.annotide.model.ImageAsset#getHeight()
	 * @see #getImageAsset()
	 * @generated
	 */
	EAttribute getImageAsset_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ImageAsset#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bands</em>'.
	 * @see org.annotide.model.ImageAsset#getBands()
	 * @see #getImageAsset()
	 * @generated
	 */
	EAttribute getImageAsset_Bands();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ImageAsset#getPixelType <em>Pixel Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pixel Type</em>'.
	 * @see org.annotide.model.ImageAsset#getPixelType()
	 * @see #getImageAsset()
	 * @generated
	 */
	EAttribute getImageAsset_PixelType();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ImageAsset#getExifOrientation <em>Exif Orientation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exif Orientation</em>'.
	 * @see org.annotide.model.ImageAsset#getExifOrientation()
	 * @see #getImageAsset()
	 * @generated
	 */
	EAttribute getImageAsset_ExifOrientation();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ImageAsset#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.annotide.model.ImageAsset#getFormat()
	 * @see #getImageAsset()
	 * @generated
	 */
	EAttribute getImageAsset_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ImageAsset#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.annotide.model.ImageAsset#getStatus()
	 * @see #getImageAsset()
	 * @generated
	 */
	EAttribute getImageAsset_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ImageAsset#getImportedAt <em>Imported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported At</em>'.
	 * @see org.annotide.model.ImageAsset#getImportedAt()
	 * @see #getImageAsset()
	 * @generated
	 */
	EAttribute getImageAsset_ImportedAt();

	/**
	 * Returns the meta object for the map '{@link org.annotide.model.ImageAsset#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Metadata</em>'.
	 * @see org.annotide.model.ImageAsset#getMetadata()
	 * @see #getImageAsset()
	 * @generated
	 */
	EReference getImageAsset_Metadata();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.ImageAsset#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.annotide.model.ImageAsset#getAnnotations()
	 * @see #getImageAsset()
	 * @generated
	 */
	EReference getImageAsset_Annotations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.ImageAsset#getTiles <em>Tiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tiles</em>'.
	 * @see org.annotide.model.ImageAsset#getTiles()
	 * @see #getImageAsset()
	 * @generated
	 */
	EReference getImageAsset_Tiles();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.Tile <em>Tile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tile</em>'.
	 * @see org.annotide.model.Tile
	 * @generated
	 */
	EClass getTile();

	/**
	 * Returns the meta object for the container reference '{@link org.annotide.model.Tile#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Image</em>'.
	 * @see org.annotide.model.Tile#getImage()
	 * @see #getTile()
	 * @generated
	 */
	EReference getTile_Image();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Tile#getTileIndex <em>Tile Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tile Index</em>'.
	 * @see org.annotide.model.Tile#getTileIndex()
	 * @see #getTile()
	 * @generated
	 */
	EAttribute getTile_TileIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Tile#getRow <em>Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row</em>'.
	 * @see org.annotide.model.Tile#getRow()
	 * @see #getTile()
	 * @generated
	 */
	EAttribute getTile_Row();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Tile#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.annotide.model.Tile#getColumn()
	 * @see #getTile()
	 * @generated
	 */
	EAttribute getTile_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Tile#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.annotide.model.Tile#getX()
	 * @see #getTile()
	 * @generated
	 */
	EAttribute getTile_X();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Tile#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.annotide.model.Tile#getY()
	 * @see #getTile()
	 * @generated
	 */
	EAttribute getTile_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Tile#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.annotide.model.Tile#getWidth()
	 * @see #getTile()
	 * @generated
	 */
	EAttribute getTile_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Tile#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.annotide.model.Tile#getHeight()
	 * @see #getTile()
	 * @generated
	 */
	EAttribute getTile_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Tile#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.annotide.model.Tile#getCreatedAt()
	 * @see #getTile()
	 * @generated
	 */
	EAttribute getTile_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Tile#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see org.annotide.model.Tile#getUpdatedAt()
	 * @see #getTile()
	 * @generated
	 */
	EAttribute getTile_UpdatedAt();

	/**
	 * Returns the meta object for the map '{@link org.annotide.model.Tile#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Metadata</em>'.
	 * @see org.annotide.model.Tile#getMetadata()
	 * @see #getTile()
	 * @generated
	 */
	EReference getTile_Metadata();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Tile#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.annotide.model.Tile#getStatus()
	 * @see #getTile()
	 * @generated
	 */
	EAttribute getTile_Status();

	/**
	 * Returns the meta object for the '{@link org.annotide.model.Tile#getSiblings() <em>Get Siblings</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Siblings</em>' operation.
	 * @see org.annotide.model.Tile#getSiblings()
	 * @generated
	 */
	EOperation getTile__GetSiblings();

	/**
	 * Returns the meta object for the '{@link org.annotide.model.Tile#getTrainingSets() <em>Get Training Sets</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Training Sets</em>' operation.
	 * @see org.annotide.model.Tile#getTrainingSets()
	 * @generated
	 */
	EOperation getTile__GetTrainingSets();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.LabelClass <em>Label Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Class</em>'.
	 * @see org.annotide.model.LabelClass
	 * @generated
	 */
	EClass getLabelClass();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.LabelClass#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.annotide.model.LabelClass#getColor()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.LabelClass#getHotkey <em>Hotkey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hotkey</em>'.
	 * @see org.annotide.model.LabelClass#getHotkey()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Hotkey();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.LabelClass#getSupercategory <em>Supercategory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supercategory</em>'.
	 * @see org.annotide.model.LabelClass#getSupercategory()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Supercategory();

	/**
	 * Returns the meta object for the attribute list '{@link org.annotide.model.LabelClass#getAllowedShapes <em>Allowed Shapes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allowed Shapes</em>'.
	 * @see org.annotide.model.LabelClass#getAllowedShapes()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_AllowedShapes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.LabelClass#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attributes</em>'.
	 * @see org.annotide.model.LabelClass#getAttributes()
	 * @see #getLabelClass()
	 * @generated
	 */
	EReference getLabelClass_Attributes();

	/**
	 * Returns the meta object for the attribute list '{@link org.annotide.model.LabelClass#getKeypointNames <em>Keypoint Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Keypoint Names</em>'.
	 * @see org.annotide.model.LabelClass#getKeypointNames()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_KeypointNames();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.LabelClass#getSkeletonEdges <em>Skeleton Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skeleton Edges</em>'.
	 * @see org.annotide.model.LabelClass#getSkeletonEdges()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_SkeletonEdges();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.LabelClass#getKeypointSigmas <em>Keypoint Sigmas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keypoint Sigmas</em>'.
	 * @see org.annotide.model.LabelClass#getKeypointSigmas()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_KeypointSigmas();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.AttributeDefinition <em>Attribute Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Definition</em>'.
	 * @see org.annotide.model.AttributeDefinition
	 * @generated
	 */
	EClass getAttributeDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.AttributeDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.annotide.model.AttributeDefinition#getName()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.AttributeDefinition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.annotide.model.AttributeDefinition#getType()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.annotide.model.AttributeDefinition#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.annotide.model.AttributeDefinition#getValues()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Values();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.AttributeDefinition#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see org.annotide.model.AttributeDefinition#getDefaultValue()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_DefaultValue();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.AttributeDefinition#isMutable <em>Mutable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mutable</em>'.
	 * @see org.annotide.model.AttributeDefinition#isMutable()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Mutable();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.annotide.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.annotide.model.Annotation#getId()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Id();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.Annotation#getLabelClass <em>Label Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label Class</em>'.
	 * @see org.annotide.model.Annotation#getLabelClass()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_LabelClass();

	/**
	 * Returns the meta object for the containment reference '{@link org.annotide.model.Annotation#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Shape</em>'.
	 * @see org.annotide.model.Annotation#getShape()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provenance</em>'.
	 * @see org.annotide.model.Annotation#getProvenance()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Provenance();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#getModelVersion <em>Model Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Version</em>'.
	 * @see org.annotide.model.Annotation#getModelVersion()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_ModelVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.annotide.model.Annotation#getScore()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#getReview <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review</em>'.
	 * @see org.annotide.model.Annotation#getReview()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Review();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.annotide.model.Annotation#getAuthor()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.annotide.model.Annotation#getCreatedAt()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see org.annotide.model.Annotation#getUpdatedAt()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_UpdatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#isHidden <em>Hidden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden</em>'.
	 * @see org.annotide.model.Annotation#isHidden()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Hidden();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#isLocked <em>Locked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locked</em>'.
	 * @see org.annotide.model.Annotation#isLocked()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Locked();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#isOccluded <em>Occluded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occluded</em>'.
	 * @see org.annotide.model.Annotation#isOccluded()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Occluded();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#isCrowd <em>Crowd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crowd</em>'.
	 * @see org.annotide.model.Annotation#isCrowd()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Crowd();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#getZOrder <em>ZOrder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>ZOrder</em>'.
	 * @see org.annotide.model.Annotation#getZOrder()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_ZOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Annotation#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.annotide.model.Annotation#getGroup()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Group();

	/**
	 * Returns the meta object for the map '{@link org.annotide.model.Annotation#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Attributes</em>'.
	 * @see org.annotide.model.Annotation#getAttributes()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Attributes();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.Shape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shape</em>'.
	 * @see org.annotide.model.Shape
	 * @generated
	 */
	EClass getShape();

	/**
	 * Returns the meta object for the '{@link org.annotide.model.Shape#getKind() <em>Get Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Kind</em>' operation.
	 * @see org.annotide.model.Shape#getKind()
	 * @generated
	 */
	EOperation getShape__GetKind();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.BoxShape <em>Box Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Box Shape</em>'.
	 * @see org.annotide.model.BoxShape
	 * @generated
	 */
	EClass getBoxShape();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.BoxShape#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.annotide.model.BoxShape#getX()
	 * @see #getBoxShape()
	 * @generated
	 */
	EAttribute getBoxShape_X();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.BoxShape#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.annotide.model.BoxShape#getY()
	 * @see #getBoxShape()
	 * @generated
	 */
	EAttribute getBoxShape_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.BoxShape#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.annotide.model.BoxShape#getWidth()
	 * @see #getBoxShape()
	 * @generated
	 */
	EAttribute getBoxShape_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.BoxShape#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.annotide.model.BoxShape#getHeight()
	 * @see #getBoxShape()
	 * @generated
	 */
	EAttribute getBoxShape_Height();

	/**
	 * Returns the meta object for the '{@link org.annotide.model.BoxShape#getKind() <em>Get Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Kind</em>' operation.
	 * @see org.annotide.model.BoxShape#getKind()
	 * @generated
	 */
	EOperation getBoxShape__GetKind();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.RotatedBoxShape <em>Rotated Box Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rotated Box Shape</em>'.
	 * @see org.annotide.model.RotatedBoxShape
	 * @generated
	 */
	EClass getRotatedBoxShape();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.RotatedBoxShape#getCx <em>Cx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cx</em>'.
	 * @see org.annotide.model.RotatedBoxShape#getCx()
	 * @see #getRotatedBoxShape()
	 * @generated
	 */
	EAttribute getRotatedBoxShape_Cx();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.RotatedBoxShape#getCy <em>Cy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cy</em>'.
	 * @see org.annotide.model.RotatedBoxShape#getCy()
	 * @see #getRotatedBoxShape()
	 * @generated
	 */
	EAttribute getRotatedBoxShape_Cy();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.RotatedBoxShape#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.annotide.model.RotatedBoxShape#getWidth()
	 * @see #getRotatedBoxShape()
	 * @generated
	 */
	EAttribute getRotatedBoxShape_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.RotatedBoxShape#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.annotide.model.RotatedBoxShape#getHeight()
	 * @see #getRotatedBoxShape()
	 * @generated
	 */
	EAttribute getRotatedBoxShape_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.RotatedBoxShape#getAngle <em>Angle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Angle</em>'.
	 * @see org.annotide.model.RotatedBoxShape#getAngle()
	 * @see #getRotatedBoxShape()
	 * @generated
	 */
	EAttribute getRotatedBoxShape_Angle();

	/**
	 * Returns the meta object for the '{@link org.annotide.model.RotatedBoxShape#getKind() <em>Get Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Kind</em>' operation.
	 * @see org.annotide.model.RotatedBoxShape#getKind()
	 * @generated
	 */
	EOperation getRotatedBoxShape__GetKind();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.PolygonShape <em>Polygon Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Polygon Shape</em>'.
	 * @see org.annotide.model.PolygonShape
	 * @generated
	 */
	EClass getPolygonShape();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.PolygonShape#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.annotide.model.PolygonShape#getPoints()
	 * @see #getPolygonShape()
	 * @generated
	 */
	EAttribute getPolygonShape_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.PolygonShape#getRingEnds <em>Ring Ends</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ring Ends</em>'.
	 * @see org.annotide.model.PolygonShape#getRingEnds()
	 * @see #getPolygonShape()
	 * @generated
	 */
	EAttribute getPolygonShape_RingEnds();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.PolygonShape#getPartEnds <em>Part Ends</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part Ends</em>'.
	 * @see org.annotide.model.PolygonShape#getPartEnds()
	 * @see #getPolygonShape()
	 * @generated
	 */
	EAttribute getPolygonShape_PartEnds();

	/**
	 * Returns the meta object for the '{@link org.annotide.model.PolygonShape#getKind() <em>Get Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Kind</em>' operation.
	 * @see org.annotide.model.PolygonShape#getKind()
	 * @generated
	 */
	EOperation getPolygonShape__GetKind();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.PolylineShape <em>Polyline Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Polyline Shape</em>'.
	 * @see org.annotide.model.PolylineShape
	 * @generated
	 */
	EClass getPolylineShape();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.PolylineShape#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.annotide.model.PolylineShape#getPoints()
	 * @see #getPolylineShape()
	 * @generated
	 */
	EAttribute getPolylineShape_Points();

	/**
	 * Returns the meta object for the '{@link org.annotide.model.PolylineShape#getKind() <em>Get Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Kind</em>' operation.
	 * @see org.annotide.model.PolylineShape#getKind()
	 * @generated
	 */
	EOperation getPolylineShape__GetKind();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.KeypointsShape <em>Keypoints Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Keypoints Shape</em>'.
	 * @see org.annotide.model.KeypointsShape
	 * @generated
	 */
	EClass getKeypointsShape();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.KeypointsShape#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.annotide.model.KeypointsShape#getPoints()
	 * @see #getKeypointsShape()
	 * @generated
	 */
	EAttribute getKeypointsShape_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.KeypointsShape#getVisibility <em>Visibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visibility</em>'.
	 * @see org.annotide.model.KeypointsShape#getVisibility()
	 * @see #getKeypointsShape()
	 * @generated
	 */
	EAttribute getKeypointsShape_Visibility();

	/**
	 * Returns the meta object for the '{@link org.annotide.model.KeypointsShape#getKind() <em>Get Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Kind</em>' operation.
	 * @see org.annotide.model.KeypointsShape#getKind()
	 * @generated
	 */
	EOperation getKeypointsShape__GetKind();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.MaskShape <em>Mask Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mask Shape</em>'.
	 * @see org.annotide.model.MaskShape
	 * @generated
	 */
	EClass getMaskShape();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.MaskShape#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.annotide.model.MaskShape#getX()
	 * @see #getMaskShape()
	 * @generated
	 */
	EAttribute getMaskShape_X();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.MaskShape#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.annotide.model.MaskShape#getY()
	 * @see #getMaskShape()
	 * @generated
	 */
	EAttribute getMaskShape_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.MaskShape#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.annotide.model.MaskShape#getWidth()
	 * @see #getMaskShape()
	 * @generated
	 */
	EAttribute getMaskShape_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.MaskShape#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.annotide.model.MaskShape#getHeight()
	 * @see #getMaskShape()
	 * @generated
	 */
	EAttribute getMaskShape_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.MaskShape#getCounts <em>Counts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counts</em>'.
	 * @see org.annotide.model.MaskShape#getCounts()
	 * @see #getMaskShape()
	 * @generated
	 */
	EAttribute getMaskShape_Counts();

	/**
	 * Returns the meta object for the '{@link org.annotide.model.MaskShape#getKind() <em>Get Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Kind</em>' operation.
	 * @see org.annotide.model.MaskShape#getKind()
	 * @generated
	 */
	EOperation getMaskShape__GetKind();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.EllipseShape <em>Ellipse Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ellipse Shape</em>'.
	 * @see org.annotide.model.EllipseShape
	 * @generated
	 */
	EClass getEllipseShape();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.EllipseShape#getCx <em>Cx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cx</em>'.
	 * @see org.annotide.model.EllipseShape#getCx()
	 * @see #getEllipseShape()
	 * @generated
	 */
	EAttribute getEllipseShape_Cx();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.EllipseShape#getCy <em>Cy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cy</em>'.
	 * @see org.annotide.model.EllipseShape#getCy()
	 * @see #getEllipseShape()
	 * @generated
	 */
	EAttribute getEllipseShape_Cy();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.EllipseShape#getRx <em>Rx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rx</em>'.
	 * @see org.annotide.model.EllipseShape#getRx()
	 * @see #getEllipseShape()
	 * @generated
	 */
	EAttribute getEllipseShape_Rx();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.EllipseShape#getRy <em>Ry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ry</em>'.
	 * @see org.annotide.model.EllipseShape#getRy()
	 * @see #getEllipseShape()
	 * @generated
	 */
	EAttribute getEllipseShape_Ry();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.EllipseShape#getAngle <em>Angle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Angle</em>'.
	 * @see org.annotide.model.EllipseShape#getAngle()
	 * @see #getEllipseShape()
	 * @generated
	 */
	EAttribute getEllipseShape_Angle();

	/**
	 * Returns the meta object for the '{@link org.annotide.model.EllipseShape#getKind() <em>Get Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Kind</em>' operation.
	 * @see org.annotide.model.EllipseShape#getKind()
	 * @generated
	 */
	EOperation getEllipseShape__GetKind();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.ImageClassShape <em>Image Class Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Class Shape</em>'.
	 * @see org.annotide.model.ImageClassShape
	 * @generated
	 */
	EClass getImageClassShape();

	/**
	 * Returns the meta object for the '{@link org.annotide.model.ImageClassShape#getKind() <em>Get Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Kind</em>' operation.
	 * @see org.annotide.model.ImageClassShape#getKind()
	 * @generated
	 */
	EOperation getImageClassShape__GetKind();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.TrainingSet <em>Training Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Set</em>'.
	 * @see org.annotide.model.TrainingSet
	 * @generated
	 */
	EClass getTrainingSet();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingSet#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created By</em>'.
	 * @see org.annotide.model.TrainingSet#getCreatedBy()
	 * @see #getTrainingSet()
	 * @generated
	 */
	EAttribute getTrainingSet_CreatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingSet#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.annotide.model.TrainingSet#getCreatedAt()
	 * @see #getTrainingSet()
	 * @generated
	 */
	EAttribute getTrainingSet_CreatedAt();

	/**
	 * Returns the meta object for the reference list '{@link org.annotide.model.TrainingSet#getTiles <em>Tiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tiles</em>'.
	 * @see org.annotide.model.TrainingSet#getTiles()
	 * @see #getTrainingSet()
	 * @generated
	 */
	EReference getTrainingSet_Tiles();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see org.annotide.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.User#getLogin <em>Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Login</em>'.
	 * @see org.annotide.model.User#getLogin()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Login();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.User#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.annotide.model.User#getDisplayName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.User#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.annotide.model.User#getEmail()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.User#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.annotide.model.User#getRole()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.User#getPasswordHash <em>Password Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Hash</em>'.
	 * @see org.annotide.model.User#getPasswordHash()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_PasswordHash();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.TrainingJob <em>Training Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Job</em>'.
	 * @see org.annotide.model.TrainingJob
	 * @generated
	 */
	EClass getTrainingJob();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingJob#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.annotide.model.TrainingJob#getType()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EAttribute getTrainingJob_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingJob#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.annotide.model.TrainingJob#getStatus()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EAttribute getTrainingJob_Status();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.TrainingJob#getTrainingSet <em>Training Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Training Set</em>'.
	 * @see org.annotide.model.TrainingJob#getTrainingSet()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EReference getTrainingJob_TrainingSet();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.TrainingJob#getValidationSet <em>Validation Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Validation Set</em>'.
	 * @see org.annotide.model.TrainingJob#getValidationSet()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EReference getTrainingJob_ValidationSet();

	/**
	 * Returns the meta object for the reference list '{@link org.annotide.model.TrainingJob#getLabelClasses <em>Label Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Label Classes</em>'.
	 * @see org.annotide.model.TrainingJob#getLabelClasses()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EReference getTrainingJob_LabelClasses();

	/**
	 * Returns the meta object for the map '{@link org.annotide.model.TrainingJob#getConfiguration <em>Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Configuration</em>'.
	 * @see org.annotide.model.TrainingJob#getConfiguration()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EReference getTrainingJob_Configuration();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingJob#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created By</em>'.
	 * @see org.annotide.model.TrainingJob#getCreatedBy()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EAttribute getTrainingJob_CreatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingJob#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.annotide.model.TrainingJob#getCreatedAt()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EAttribute getTrainingJob_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingJob#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.annotide.model.TrainingJob#getStartedAt()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EAttribute getTrainingJob_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingJob#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see org.annotide.model.TrainingJob#getFinishedAt()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EAttribute getTrainingJob_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingJob#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress</em>'.
	 * @see org.annotide.model.TrainingJob#getProgress()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EAttribute getTrainingJob_Progress();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingJob#getErrorMessage <em>Error Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Message</em>'.
	 * @see org.annotide.model.TrainingJob#getErrorMessage()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EAttribute getTrainingJob_ErrorMessage();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.TrainingJob#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Epochs</em>'.
	 * @see org.annotide.model.TrainingJob#getEpochs()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EReference getTrainingJob_Epochs();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.TrainingJob#getResultModel <em>Result Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Result Model</em>'.
	 * @see org.annotide.model.TrainingJob#getResultModel()
	 * @see #getTrainingJob()
	 * @generated
	 */
	EReference getTrainingJob_ResultModel();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.EpochMetrics <em>Epoch Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Epoch Metrics</em>'.
	 * @see org.annotide.model.EpochMetrics
	 * @generated
	 */
	EClass getEpochMetrics();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.EpochMetrics#getEpoch <em>Epoch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epoch</em>'.
	 * @see org.annotide.model.EpochMetrics#getEpoch()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_Epoch();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.EpochMetrics#getTrainLoss <em>Train Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Loss</em>'.
	 * @see org.annotide.model.EpochMetrics#getTrainLoss()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_TrainLoss();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.EpochMetrics#getValidationLoss <em>Validation Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Loss</em>'.
	 * @see org.annotide.model.EpochMetrics#getValidationLoss()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_ValidationLoss();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.EpochMetrics#getDurationMillis <em>Duration Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Millis</em>'.
	 * @see org.annotide.model.EpochMetrics#getDurationMillis()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_DurationMillis();

	/**
	 * Returns the meta object for the map '{@link org.annotide.model.EpochMetrics#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Metrics</em>'.
	 * @see org.annotide.model.EpochMetrics#getMetrics()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EReference getEpochMetrics_Metrics();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.TrainedModel <em>Trained Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trained Model</em>'.
	 * @see org.annotide.model.TrainedModel
	 * @generated
	 */
	EClass getTrainedModel();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainedModel#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.annotide.model.TrainedModel#getVersion()
	 * @see #getTrainedModel()
	 * @generated
	 */
	EAttribute getTrainedModel_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainedModel#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.annotide.model.TrainedModel#getType()
	 * @see #getTrainedModel()
	 * @generated
	 */
	EAttribute getTrainedModel_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainedModel#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.annotide.model.TrainedModel#getArchitecture()
	 * @see #getTrainedModel()
	 * @generated
	 */
	EAttribute getTrainedModel_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainedModel#getWeightsLocation <em>Weights Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weights Location</em>'.
	 * @see org.annotide.model.TrainedModel#getWeightsLocation()
	 * @see #getTrainedModel()
	 * @generated
	 */
	EAttribute getTrainedModel_WeightsLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainedModel#getInputSize <em>Input Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Size</em>'.
	 * @see org.annotide.model.TrainedModel#getInputSize()
	 * @see #getTrainedModel()
	 * @generated
	 */
	EAttribute getTrainedModel_InputSize();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainedModel#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.annotide.model.TrainedModel#isActive()
	 * @see #getTrainedModel()
	 * @generated
	 */
	EAttribute getTrainedModel_Active();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainedModel#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.annotide.model.TrainedModel#getCreatedAt()
	 * @see #getTrainedModel()
	 * @generated
	 */
	EAttribute getTrainedModel_CreatedAt();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.TrainedModel#getJob <em>Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Job</em>'.
	 * @see org.annotide.model.TrainedModel#getJob()
	 * @see #getTrainedModel()
	 * @generated
	 */
	EReference getTrainedModel_Job();

	/**
	 * Returns the meta object for the reference list '{@link org.annotide.model.TrainedModel#getLabelClasses <em>Label Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Label Classes</em>'.
	 * @see org.annotide.model.TrainedModel#getLabelClasses()
	 * @see #getTrainedModel()
	 * @generated
	 */
	EReference getTrainedModel_LabelClasses();

	/**
	 * Returns the meta object for the map '{@link org.annotide.model.TrainedModel#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Metrics</em>'.
	 * @see org.annotide.model.TrainedModel#getMetrics()
	 * @see #getTrainedModel()
	 * @generated
	 */
	EReference getTrainedModel_Metrics();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.SelectionRound <em>Selection Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Selection Round</em>'.
	 * @see org.annotide.model.SelectionRound
	 * @generated
	 */
	EClass getSelectionRound();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.SelectionRound#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategy</em>'.
	 * @see org.annotide.model.SelectionRound#getStrategy()
	 * @see #getSelectionRound()
	 * @generated
	 */
	EAttribute getSelectionRound_Strategy();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.SelectionRound#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Model</em>'.
	 * @see org.annotide.model.SelectionRound#getModel()
	 * @see #getSelectionRound()
	 * @generated
	 */
	EReference getSelectionRound_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.SelectionRound#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.annotide.model.SelectionRound#getCreatedAt()
	 * @see #getSelectionRound()
	 * @generated
	 */
	EAttribute getSelectionRound_CreatedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.SelectionRound#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.annotide.model.SelectionRound#getEntries()
	 * @see #getSelectionRound()
	 * @generated
	 */
	EReference getSelectionRound_Entries();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.SelectionRound#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.annotide.model.SelectionRound#getBatchSize()
	 * @see #getSelectionRound()
	 * @generated
	 */
	EAttribute getSelectionRound_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.SelectionRound#getLabelledCount <em>Labelled Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Labelled Count</em>'.
	 * @see org.annotide.model.SelectionRound#getLabelledCount()
	 * @see #getSelectionRound()
	 * @generated
	 */
	EAttribute getSelectionRound_LabelledCount();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.SelectionRound#getAccuracy <em>Accuracy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accuracy</em>'.
	 * @see org.annotide.model.SelectionRound#getAccuracy()
	 * @see #getSelectionRound()
	 * @generated
	 */
	EAttribute getSelectionRound_Accuracy();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.SelectionEntry <em>Selection Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Selection Entry</em>'.
	 * @see org.annotide.model.SelectionEntry
	 * @generated
	 */
	EClass getSelectionEntry();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.SelectionEntry#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image</em>'.
	 * @see org.annotide.model.SelectionEntry#getImage()
	 * @see #getSelectionEntry()
	 * @generated
	 */
	EReference getSelectionEntry_Image();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.SelectionEntry#getTile <em>Tile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Tile</em>'.
	 * @see org.annotide.model.SelectionEntry#getTile()
	 * @see #getSelectionEntry()
	 * @generated
	 */
	EReference getSelectionEntry_Tile();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.SelectionEntry#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.annotide.model.SelectionEntry#getScore()
	 * @see #getSelectionEntry()
	 * @generated
	 */
	EAttribute getSelectionEntry_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.SelectionEntry#isSkipped <em>Skipped</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skipped</em>'.
	 * @see org.annotide.model.SelectionEntry#isSkipped()
	 * @see #getSelectionEntry()
	 * @generated
	 */
	EAttribute getSelectionEntry_Skipped();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.ScoringFunction <em>Scoring Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring Function</em>'.
	 * @see org.annotide.model.ScoringFunction
	 * @generated
	 */
	EClass getScoringFunction();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ScoringFunction#getIouThreshold <em>Iou Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iou Threshold</em>'.
	 * @see org.annotide.model.ScoringFunction#getIouThreshold()
	 * @see #getScoringFunction()
	 * @generated
	 */
	EAttribute getScoringFunction_IouThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ScoringFunction#getDefaultIouWeight <em>Default Iou Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Iou Weight</em>'.
	 * @see org.annotide.model.ScoringFunction#getDefaultIouWeight()
	 * @see #getScoringFunction()
	 * @generated
	 */
	EAttribute getScoringFunction_DefaultIouWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ScoringFunction#getDefaultCategoryWeight <em>Default Category Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Category Weight</em>'.
	 * @see org.annotide.model.ScoringFunction#getDefaultCategoryWeight()
	 * @see #getScoringFunction()
	 * @generated
	 */
	EAttribute getScoringFunction_DefaultCategoryWeight();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.ScoringFunction#getClassWeights <em>Class Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Class Weights</em>'.
	 * @see org.annotide.model.ScoringFunction#getClassWeights()
	 * @see #getScoringFunction()
	 * @generated
	 */
	EReference getScoringFunction_ClassWeights();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ScoringFunction#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.annotide.model.ScoringFunction#getMode()
	 * @see #getScoringFunction()
	 * @generated
	 */
	EAttribute getScoringFunction_Mode();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.ClassWeight <em>Class Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Class Weight</em>'.
	 * @see org.annotide.model.ClassWeight
	 * @generated
	 */
	EClass getClassWeight();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.ClassWeight#getLabelClass <em>Label Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label Class</em>'.
	 * @see org.annotide.model.ClassWeight#getLabelClass()
	 * @see #getClassWeight()
	 * @generated
	 */
	EReference getClassWeight_LabelClass();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ClassWeight#getIouWeight <em>Iou Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iou Weight</em>'.
	 * @see org.annotide.model.ClassWeight#getIouWeight()
	 * @see #getClassWeight()
	 * @generated
	 */
	EAttribute getClassWeight_IouWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ClassWeight#getCategoryWeight <em>Category Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category Weight</em>'.
	 * @see org.annotide.model.ClassWeight#getCategoryWeight()
	 * @see #getClassWeight()
	 * @generated
	 */
	EAttribute getClassWeight_CategoryWeight();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.BenchmarkProject <em>Benchmark Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Benchmark Project</em>'.
	 * @see org.annotide.model.BenchmarkProject
	 * @generated
	 */
	EClass getBenchmarkProject();

	/**
	 * Returns the meta object for the reference list '{@link org.annotide.model.BenchmarkProject#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Images</em>'.
	 * @see org.annotide.model.BenchmarkProject#getImages()
	 * @see #getBenchmarkProject()
	 * @generated
	 */
	EReference getBenchmarkProject_Images();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.BenchmarkProject#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created By</em>'.
	 * @see org.annotide.model.BenchmarkProject#getCreatedBy()
	 * @see #getBenchmarkProject()
	 * @generated
	 */
	EAttribute getBenchmarkProject_CreatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.BenchmarkProject#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.annotide.model.BenchmarkProject#getCreatedAt()
	 * @see #getBenchmarkProject()
	 * @generated
	 */
	EAttribute getBenchmarkProject_CreatedAt();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.TrainingProject <em>Training Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Project</em>'.
	 * @see org.annotide.model.TrainingProject
	 * @generated
	 */
	EClass getTrainingProject();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.TrainingProject#getBenchmark <em>Benchmark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Benchmark</em>'.
	 * @see org.annotide.model.TrainingProject#getBenchmark()
	 * @see #getTrainingProject()
	 * @generated
	 */
	EReference getTrainingProject_Benchmark();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.TrainingProject#getScoringFunction <em>Scoring Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scoring Function</em>'.
	 * @see org.annotide.model.TrainingProject#getScoringFunction()
	 * @see #getTrainingProject()
	 * @generated
	 */
	EReference getTrainingProject_ScoringFunction();

	/**
	 * Returns the meta object for the reference list '{@link org.annotide.model.TrainingProject#getTrainees <em>Trainees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Trainees</em>'.
	 * @see org.annotide.model.TrainingProject#getTrainees()
	 * @see #getTrainingProject()
	 * @generated
	 */
	EReference getTrainingProject_Trainees();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.TrainingProject#getManager <em>Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Manager</em>'.
	 * @see org.annotide.model.TrainingProject#getManager()
	 * @see #getTrainingProject()
	 * @generated
	 */
	EReference getTrainingProject_Manager();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingProject#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.annotide.model.TrainingProject#getStatus()
	 * @see #getTrainingProject()
	 * @generated
	 */
	EAttribute getTrainingProject_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.TrainingProject#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.annotide.model.TrainingProject#getCreatedAt()
	 * @see #getTrainingProject()
	 * @generated
	 */
	EAttribute getTrainingProject_CreatedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.TrainingProject#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.annotide.model.TrainingProject#getTasks()
	 * @see #getTrainingProject()
	 * @generated
	 */
	EReference getTrainingProject_Tasks();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.AnnotatorTask <em>Annotator Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotator Task</em>'.
	 * @see org.annotide.model.AnnotatorTask
	 * @generated
	 */
	EClass getAnnotatorTask();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.AnnotatorTask#getAnnotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Annotator</em>'.
	 * @see org.annotide.model.AnnotatorTask#getAnnotator()
	 * @see #getAnnotatorTask()
	 * @generated
	 */
	EReference getAnnotatorTask_Annotator();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.AnnotatorTask#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image</em>'.
	 * @see org.annotide.model.AnnotatorTask#getImage()
	 * @see #getAnnotatorTask()
	 * @generated
	 */
	EReference getAnnotatorTask_Image();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.AnnotatorTask#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.annotide.model.AnnotatorTask#getStatus()
	 * @see #getAnnotatorTask()
	 * @generated
	 */
	EAttribute getAnnotatorTask_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.AnnotatorTask#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.annotide.model.AnnotatorTask#getAnnotations()
	 * @see #getAnnotatorTask()
	 * @generated
	 */
	EReference getAnnotatorTask_Annotations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.AnnotatorTask#getSubmissions <em>Submissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Submissions</em>'.
	 * @see org.annotide.model.AnnotatorTask#getSubmissions()
	 * @see #getAnnotatorTask()
	 * @generated
	 */
	EReference getAnnotatorTask_Submissions();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.Submission <em>Submission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Submission</em>'.
	 * @see org.annotide.model.Submission
	 * @generated
	 */
	EClass getSubmission();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Submission#getSubmittedAt <em>Submitted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted At</em>'.
	 * @see org.annotide.model.Submission#getSubmittedAt()
	 * @see #getSubmission()
	 * @generated
	 */
	EAttribute getSubmission_SubmittedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Submission#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.annotide.model.Submission#getAnnotations()
	 * @see #getSubmission()
	 * @generated
	 */
	EReference getSubmission_Annotations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Submission#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see org.annotide.model.Submission#getScores()
	 * @see #getSubmission()
	 * @generated
	 */
	EReference getSubmission_Scores();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score</em>'.
	 * @see org.annotide.model.Score
	 * @generated
	 */
	EClass getScore();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.Score#getScoringFunction <em>Scoring Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scoring Function</em>'.
	 * @see org.annotide.model.Score#getScoringFunction()
	 * @see #getScore()
	 * @generated
	 */
	EReference getScore_ScoringFunction();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Score#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.annotide.model.Score#getValue()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.Score#getComputedAt <em>Computed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Computed At</em>'.
	 * @see org.annotide.model.Score#getComputedAt()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_ComputedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.annotide.model.Score#getClassScores <em>Class Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Class Scores</em>'.
	 * @see org.annotide.model.Score#getClassScores()
	 * @see #getScore()
	 * @generated
	 */
	EReference getScore_ClassScores();

	/**
	 * Returns the meta object for class '{@link org.annotide.model.ClassScore <em>Class Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Class Score</em>'.
	 * @see org.annotide.model.ClassScore
	 * @generated
	 */
	EClass getClassScore();

	/**
	 * Returns the meta object for the reference '{@link org.annotide.model.ClassScore#getLabelClass <em>Label Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label Class</em>'.
	 * @see org.annotide.model.ClassScore#getLabelClass()
	 * @see #getClassScore()
	 * @generated
	 */
	EReference getClassScore_LabelClass();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ClassScore#getMeanIou <em>Mean Iou</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean Iou</em>'.
	 * @see org.annotide.model.ClassScore#getMeanIou()
	 * @see #getClassScore()
	 * @generated
	 */
	EAttribute getClassScore_MeanIou();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ClassScore#getCategoryAccuracy <em>Category Accuracy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category Accuracy</em>'.
	 * @see org.annotide.model.ClassScore#getCategoryAccuracy()
	 * @see #getClassScore()
	 * @generated
	 */
	EAttribute getClassScore_CategoryAccuracy();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ClassScore#getMatched <em>Matched</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Matched</em>'.
	 * @see org.annotide.model.ClassScore#getMatched()
	 * @see #getClassScore()
	 * @generated
	 */
	EAttribute getClassScore_Matched();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ClassScore#getMissed <em>Missed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missed</em>'.
	 * @see org.annotide.model.ClassScore#getMissed()
	 * @see #getClassScore()
	 * @generated
	 */
	EAttribute getClassScore_Missed();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ClassScore#getExtra <em>Extra</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extra</em>'.
	 * @see org.annotide.model.ClassScore#getExtra()
	 * @see #getClassScore()
	 * @generated
	 */
	EAttribute getClassScore_Extra();

	/**
	 * Returns the meta object for the attribute '{@link org.annotide.model.ClassScore#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.annotide.model.ClassScore#getValue()
	 * @see #getClassScore()
	 * @generated
	 */
	EAttribute getClassScore_Value();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.PixelType <em>Pixel Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pixel Type</em>'.
	 * @see org.annotide.model.PixelType
	 * @generated
	 */
	EEnum getPixelType();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.ImageStatus <em>Image Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Image Status</em>'.
	 * @see org.annotide.model.ImageStatus
	 * @generated
	 */
	EEnum getImageStatus();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.AttributeType <em>Attribute Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attribute Type</em>'.
	 * @see org.annotide.model.AttributeType
	 * @generated
	 */
	EEnum getAttributeType();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.ShapeKind <em>Shape Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Shape Kind</em>'.
	 * @see org.annotide.model.ShapeKind
	 * @generated
	 */
	EEnum getShapeKind();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Provenance</em>'.
	 * @see org.annotide.model.Provenance
	 * @generated
	 */
	EEnum getProvenance();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.ReviewState <em>Review State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review State</em>'.
	 * @see org.annotide.model.ReviewState
	 * @generated
	 */
	EEnum getReviewState();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see org.annotide.model.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.TaskType <em>Task Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Type</em>'.
	 * @see org.annotide.model.TaskType
	 * @generated
	 */
	EEnum getTaskType();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.JobStatus <em>Job Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Job Status</em>'.
	 * @see org.annotide.model.JobStatus
	 * @generated
	 */
	EEnum getJobStatus();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.TrainingProjectStatus <em>Training Project Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Training Project Status</em>'.
	 * @see org.annotide.model.TrainingProjectStatus
	 * @generated
	 */
	EEnum getTrainingProjectStatus();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.TaskStatus <em>Task Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Status</em>'.
	 * @see org.annotide.model.TaskStatus
	 * @generated
	 */
	EEnum getTaskStatus();

	/**
	 * Returns the meta object for enum '{@link org.annotide.model.ScoringMode <em>Scoring Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scoring Mode</em>'.
	 * @see org.annotide.model.ScoringMode
	 * @generated
	 */
	EEnum getScoringMode();

	/**
	 * Returns the meta object for data type '<em>Double Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Flat coordinates or values, written as space-separated numbers in text form.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Double Array</em>'.
	 * @model instanceClass="double[]"
	 * @generated
	 */
	EDataType getDoubleArray();

	/**
	 * Returns the meta object for data type '<em>Int Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Int Array</em>'.
	 * @model instanceClass="int[]"
	 * @generated
	 */
	EDataType getIntArray();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AnnotideFactory getAnnotideFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.IdentifiedImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.NamedImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__DESCRIPTION = eINSTANCE.getNamed_Description();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.ProjectImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CREATED_AT = eINSTANCE.getProject_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Next Annotation Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NEXT_ANNOTATION_ID = eINSTANCE.getProject_NextAnnotationId();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__IMAGES = eINSTANCE.getProject_Images();

		/**
		 * The meta object literal for the '<em><b>Label Classes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__LABEL_CLASSES = eINSTANCE.getProject_LabelClasses();

		/**
		 * The meta object literal for the '<em><b>Training Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__TRAINING_SETS = eINSTANCE.getProject_TrainingSets();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__USERS = eINSTANCE.getProject_Users();

		/**
		 * The meta object literal for the '<em><b>Training Jobs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__TRAINING_JOBS = eINSTANCE.getProject_TrainingJobs();

		/**
		 * The meta object literal for the '<em><b>Models</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__MODELS = eINSTANCE.getProject_Models();

		/**
		 * The meta object literal for the '<em><b>Selection Rounds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SELECTION_ROUNDS = eINSTANCE.getProject_SelectionRounds();

		/**
		 * The meta object literal for the '<em><b>Scoring Functions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SCORING_FUNCTIONS = eINSTANCE.getProject_ScoringFunctions();

		/**
		 * The meta object literal for the '<em><b>Benchmarks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__BENCHMARKS = eINSTANCE.getProject_Benchmarks();

		/**
		 * The meta object literal for the '<em><b>Training Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__TRAINING_PROJECTS = eINSTANCE.getProject_TrainingProjects();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__METADATA = eINSTANCE.getProject_Metadata();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.StringToStringMapEntryImpl <em>String To String Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.StringToStringMapEntryImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getStringToStringMapEntry()
		 * @generated
		 */
		EClass STRING_TO_STRING_MAP_ENTRY = eINSTANCE.getStringToStringMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_TO_STRING_MAP_ENTRY__KEY = eINSTANCE.getStringToStringMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_TO_STRING_MAP_ENTRY__VALUE = eINSTANCE.getStringToStringMapEntry_Value();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.StringToDoubleMapEntryImpl <em>String To Double Map Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.StringToDoubleMapEntryImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getStringToDoubleMapEntry()
		 * @generated
		 */
		EClass STRING_TO_DOUBLE_MAP_ENTRY = eINSTANCE.getStringToDoubleMapEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_TO_DOUBLE_MAP_ENTRY__KEY = eINSTANCE.getStringToDoubleMapEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_TO_DOUBLE_MAP_ENTRY__VALUE = eINSTANCE.getStringToDoubleMapEntry_Value();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.ImageAssetImpl <em>Image Asset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.ImageAssetImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getImageAsset()
		 * @generated
		 */
		EClass IMAGE_ASSET = eINSTANCE.getImageAsset();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ASSET__LOCATION = eINSTANCE.getImageAsset_Location();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ASSET__WIDTH = eINSTANCE.getImageAsset_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ASSET__HEIGHT = eINSTANCE.getImageAsset_Height();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ASSET__BANDS = eINSTANCE.getImageAsset_Bands();

		/**
		 * The meta object literal for the '<em><b>Pixel Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ASSET__PIXEL_TYPE = eINSTANCE.getImageAsset_PixelType();

		/**
		 * The meta object literal for the '<em><b>Exif Orientation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ASSET__EXIF_ORIENTATION = eINSTANCE.getImageAsset_ExifOrientation();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ASSET__FORMAT = eINSTANCE.getImageAsset_Format();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ASSET__STATUS = eINSTANCE.getImageAsset_Status();

		/**
		 * The meta object literal for the '<em><b>Imported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_ASSET__IMPORTED_AT = eINSTANCE.getImageAsset_ImportedAt();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE_ASSET__METADATA = eINSTANCE.getImageAsset_Metadata();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE_ASSET__ANNOTATIONS = eINSTANCE.getImageAsset_Annotations();

		/**
		 * The meta object literal for the '<em><b>Tiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMAGE_ASSET__TILES = eINSTANCE.getImageAsset_Tiles();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.TileImpl <em>Tile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.TileImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getTile()
		 * @generated
		 */
		EClass TILE = eINSTANCE.getTile();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TILE__IMAGE = eINSTANCE.getTile_Image();

		/**
		 * The meta object literal for the '<em><b>Tile Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILE__TILE_INDEX = eINSTANCE.getTile_TileIndex();

		/**
		 * The meta object literal for the '<em><b>Row</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILE__ROW = eINSTANCE.getTile_Row();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILE__COLUMN = eINSTANCE.getTile_Column();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILE__X = eINSTANCE.getTile_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILE__Y = eINSTANCE.getTile_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILE__WIDTH = eINSTANCE.getTile_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILE__HEIGHT = eINSTANCE.getTile_Height();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILE__CREATED_AT = eINSTANCE.getTile_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILE__UPDATED_AT = eINSTANCE.getTile_UpdatedAt();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TILE__METADATA = eINSTANCE.getTile_Metadata();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TILE__STATUS = eINSTANCE.getTile_Status();

		/**
		 * The meta object literal for the '<em><b>Get Siblings</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TILE___GET_SIBLINGS = eINSTANCE.getTile__GetSiblings();

		/**
		 * The meta object literal for the '<em><b>Get Training Sets</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TILE___GET_TRAINING_SETS = eINSTANCE.getTile__GetTrainingSets();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.LabelClassImpl <em>Label Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.LabelClassImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getLabelClass()
		 * @generated
		 */
		EClass LABEL_CLASS = eINSTANCE.getLabelClass();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__COLOR = eINSTANCE.getLabelClass_Color();

		/**
		 * The meta object literal for the '<em><b>Hotkey</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__HOTKEY = eINSTANCE.getLabelClass_Hotkey();

		/**
		 * The meta object literal for the '<em><b>Supercategory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__SUPERCATEGORY = eINSTANCE.getLabelClass_Supercategory();

		/**
		 * The meta object literal for the '<em><b>Allowed Shapes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__ALLOWED_SHAPES = eINSTANCE.getLabelClass_AllowedShapes();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL_CLASS__ATTRIBUTES = eINSTANCE.getLabelClass_Attributes();

		/**
		 * The meta object literal for the '<em><b>Keypoint Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__KEYPOINT_NAMES = eINSTANCE.getLabelClass_KeypointNames();

		/**
		 * The meta object literal for the '<em><b>Skeleton Edges</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__SKELETON_EDGES = eINSTANCE.getLabelClass_SkeletonEdges();

		/**
		 * The meta object literal for the '<em><b>Keypoint Sigmas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__KEYPOINT_SIGMAS = eINSTANCE.getLabelClass_KeypointSigmas();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.AttributeDefinitionImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getAttributeDefinition()
		 * @generated
		 */
		EClass ATTRIBUTE_DEFINITION = eINSTANCE.getAttributeDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__NAME = eINSTANCE.getAttributeDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__TYPE = eINSTANCE.getAttributeDefinition_Type();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__VALUES = eINSTANCE.getAttributeDefinition_Values();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__DEFAULT_VALUE = eINSTANCE.getAttributeDefinition_DefaultValue();

		/**
		 * The meta object literal for the '<em><b>Mutable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__MUTABLE = eINSTANCE.getAttributeDefinition_Mutable();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.AnnotationImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ID = eINSTANCE.getAnnotation_Id();

		/**
		 * The meta object literal for the '<em><b>Label Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__LABEL_CLASS = eINSTANCE.getAnnotation_LabelClass();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__SHAPE = eINSTANCE.getAnnotation_Shape();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__PROVENANCE = eINSTANCE.getAnnotation_Provenance();

		/**
		 * The meta object literal for the '<em><b>Model Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__MODEL_VERSION = eINSTANCE.getAnnotation_ModelVersion();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__SCORE = eINSTANCE.getAnnotation_Score();

		/**
		 * The meta object literal for the '<em><b>Review</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__REVIEW = eINSTANCE.getAnnotation_Review();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__AUTHOR = eINSTANCE.getAnnotation_Author();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CREATED_AT = eINSTANCE.getAnnotation_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__UPDATED_AT = eINSTANCE.getAnnotation_UpdatedAt();

		/**
		 * The meta object literal for the '<em><b>Hidden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__HIDDEN = eINSTANCE.getAnnotation_Hidden();

		/**
		 * The meta object literal for the '<em><b>Locked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__LOCKED = eINSTANCE.getAnnotation_Locked();

		/**
		 * The meta object literal for the '<em><b>Occluded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__OCCLUDED = eINSTANCE.getAnnotation_Occluded();

		/**
		 * The meta object literal for the '<em><b>Crowd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CROWD = eINSTANCE.getAnnotation_Crowd();

		/**
		 * The meta object literal for the '<em><b>ZOrder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ZORDER = eINSTANCE.getAnnotation_ZOrder();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__GROUP = eINSTANCE.getAnnotation_Group();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__ATTRIBUTES = eINSTANCE.getAnnotation_Attributes();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.ShapeImpl <em>Shape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.ShapeImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getShape()
		 * @generated
		 */
		EClass SHAPE = eINSTANCE.getShape();

		/**
		 * The meta object literal for the '<em><b>Get Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SHAPE___GET_KIND = eINSTANCE.getShape__GetKind();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.BoxShapeImpl <em>Box Shape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.BoxShapeImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getBoxShape()
		 * @generated
		 */
		EClass BOX_SHAPE = eINSTANCE.getBoxShape();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOX_SHAPE__X = eINSTANCE.getBoxShape_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOX_SHAPE__Y = eINSTANCE.getBoxShape_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOX_SHAPE__WIDTH = eINSTANCE.getBoxShape_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOX_SHAPE__HEIGHT = eINSTANCE.getBoxShape_Height();

		/**
		 * The meta object literal for the '<em><b>Get Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BOX_SHAPE___GET_KIND = eINSTANCE.getBoxShape__GetKind();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.RotatedBoxShapeImpl <em>Rotated Box Shape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.RotatedBoxShapeImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getRotatedBoxShape()
		 * @generated
		 */
		EClass ROTATED_BOX_SHAPE = eINSTANCE.getRotatedBoxShape();

		/**
		 * The meta object literal for the '<em><b>Cx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATED_BOX_SHAPE__CX = eINSTANCE.getRotatedBoxShape_Cx();

		/**
		 * The meta object literal for the '<em><b>Cy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATED_BOX_SHAPE__CY = eINSTANCE.getRotatedBoxShape_Cy();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATED_BOX_SHAPE__WIDTH = eINSTANCE.getRotatedBoxShape_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATED_BOX_SHAPE__HEIGHT = eINSTANCE.getRotatedBoxShape_Height();

		/**
		 * The meta object literal for the '<em><b>Angle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATED_BOX_SHAPE__ANGLE = eINSTANCE.getRotatedBoxShape_Angle();

		/**
		 * The meta object literal for the '<em><b>Get Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ROTATED_BOX_SHAPE___GET_KIND = eINSTANCE.getRotatedBoxShape__GetKind();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.PolygonShapeImpl <em>Polygon Shape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.PolygonShapeImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getPolygonShape()
		 * @generated
		 */
		EClass POLYGON_SHAPE = eINSTANCE.getPolygonShape();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLYGON_SHAPE__POINTS = eINSTANCE.getPolygonShape_Points();

		/**
		 * The meta object literal for the '<em><b>Ring Ends</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLYGON_SHAPE__RING_ENDS = eINSTANCE.getPolygonShape_RingEnds();

		/**
		 * The meta object literal for the '<em><b>Part Ends</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLYGON_SHAPE__PART_ENDS = eINSTANCE.getPolygonShape_PartEnds();

		/**
		 * The meta object literal for the '<em><b>Get Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation POLYGON_SHAPE___GET_KIND = eINSTANCE.getPolygonShape__GetKind();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.PolylineShapeImpl <em>Polyline Shape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.PolylineShapeImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getPolylineShape()
		 * @generated
		 */
		EClass POLYLINE_SHAPE = eINSTANCE.getPolylineShape();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLYLINE_SHAPE__POINTS = eINSTANCE.getPolylineShape_Points();

		/**
		 * The meta object literal for the '<em><b>Get Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation POLYLINE_SHAPE___GET_KIND = eINSTANCE.getPolylineShape__GetKind();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.KeypointsShapeImpl <em>Keypoints Shape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.KeypointsShapeImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getKeypointsShape()
		 * @generated
		 */
		EClass KEYPOINTS_SHAPE = eINSTANCE.getKeypointsShape();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEYPOINTS_SHAPE__POINTS = eINSTANCE.getKeypointsShape_Points();

		/**
		 * The meta object literal for the '<em><b>Visibility</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEYPOINTS_SHAPE__VISIBILITY = eINSTANCE.getKeypointsShape_Visibility();

		/**
		 * The meta object literal for the '<em><b>Get Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation KEYPOINTS_SHAPE___GET_KIND = eINSTANCE.getKeypointsShape__GetKind();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.MaskShapeImpl <em>Mask Shape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.MaskShapeImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getMaskShape()
		 * @generated
		 */
		EClass MASK_SHAPE = eINSTANCE.getMaskShape();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASK_SHAPE__X = eINSTANCE.getMaskShape_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASK_SHAPE__Y = eINSTANCE.getMaskShape_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASK_SHAPE__WIDTH = eINSTANCE.getMaskShape_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASK_SHAPE__HEIGHT = eINSTANCE.getMaskShape_Height();

		/**
		 * The meta object literal for the '<em><b>Counts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASK_SHAPE__COUNTS = eINSTANCE.getMaskShape_Counts();

		/**
		 * The meta object literal for the '<em><b>Get Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MASK_SHAPE___GET_KIND = eINSTANCE.getMaskShape__GetKind();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.EllipseShapeImpl <em>Ellipse Shape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.EllipseShapeImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getEllipseShape()
		 * @generated
		 */
		EClass ELLIPSE_SHAPE = eINSTANCE.getEllipseShape();

		/**
		 * The meta object literal for the '<em><b>Cx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELLIPSE_SHAPE__CX = eINSTANCE.getEllipseShape_Cx();

		/**
		 * The meta object literal for the '<em><b>Cy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELLIPSE_SHAPE__CY = eINSTANCE.getEllipseShape_Cy();

		/**
		 * The meta object literal for the '<em><b>Rx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELLIPSE_SHAPE__RX = eINSTANCE.getEllipseShape_Rx();

		/**
		 * The meta object literal for the '<em><b>Ry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELLIPSE_SHAPE__RY = eINSTANCE.getEllipseShape_Ry();

		/**
		 * The meta object literal for the '<em><b>Angle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELLIPSE_SHAPE__ANGLE = eINSTANCE.getEllipseShape_Angle();

		/**
		 * The meta object literal for the '<em><b>Get Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ELLIPSE_SHAPE___GET_KIND = eINSTANCE.getEllipseShape__GetKind();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.ImageClassShapeImpl <em>Image Class Shape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.ImageClassShapeImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getImageClassShape()
		 * @generated
		 */
		EClass IMAGE_CLASS_SHAPE = eINSTANCE.getImageClassShape();

		/**
		 * The meta object literal for the '<em><b>Get Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation IMAGE_CLASS_SHAPE___GET_KIND = eINSTANCE.getImageClassShape__GetKind();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.TrainingSetImpl <em>Training Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.TrainingSetImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getTrainingSet()
		 * @generated
		 */
		EClass TRAINING_SET = eINSTANCE.getTrainingSet();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SET__CREATED_BY = eINSTANCE.getTrainingSet_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SET__CREATED_AT = eINSTANCE.getTrainingSet_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Tiles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SET__TILES = eINSTANCE.getTrainingSet_Tiles();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.UserImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__LOGIN = eINSTANCE.getUser_Login();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__DISPLAY_NAME = eINSTANCE.getUser_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__EMAIL = eINSTANCE.getUser_Email();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ROLE = eINSTANCE.getUser_Role();

		/**
		 * The meta object literal for the '<em><b>Password Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__PASSWORD_HASH = eINSTANCE.getUser_PasswordHash();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.TrainingJobImpl <em>Training Job</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.TrainingJobImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getTrainingJob()
		 * @generated
		 */
		EClass TRAINING_JOB = eINSTANCE.getTrainingJob();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_JOB__TYPE = eINSTANCE.getTrainingJob_Type();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_JOB__STATUS = eINSTANCE.getTrainingJob_Status();

		/**
		 * The meta object literal for the '<em><b>Training Set</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_JOB__TRAINING_SET = eINSTANCE.getTrainingJob_TrainingSet();

		/**
		 * The meta object literal for the '<em><b>Validation Set</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_JOB__VALIDATION_SET = eINSTANCE.getTrainingJob_ValidationSet();

		/**
		 * The meta object literal for the '<em><b>Label Classes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_JOB__LABEL_CLASSES = eINSTANCE.getTrainingJob_LabelClasses();

		/**
		 * The meta object literal for the '<em><b>Configuration</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_JOB__CONFIGURATION = eINSTANCE.getTrainingJob_Configuration();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_JOB__CREATED_BY = eINSTANCE.getTrainingJob_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_JOB__CREATED_AT = eINSTANCE.getTrainingJob_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_JOB__STARTED_AT = eINSTANCE.getTrainingJob_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_JOB__FINISHED_AT = eINSTANCE.getTrainingJob_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_JOB__PROGRESS = eINSTANCE.getTrainingJob_Progress();

		/**
		 * The meta object literal for the '<em><b>Error Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_JOB__ERROR_MESSAGE = eINSTANCE.getTrainingJob_ErrorMessage();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_JOB__EPOCHS = eINSTANCE.getTrainingJob_Epochs();

		/**
		 * The meta object literal for the '<em><b>Result Model</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_JOB__RESULT_MODEL = eINSTANCE.getTrainingJob_ResultModel();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.EpochMetricsImpl <em>Epoch Metrics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.EpochMetricsImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getEpochMetrics()
		 * @generated
		 */
		EClass EPOCH_METRICS = eINSTANCE.getEpochMetrics();

		/**
		 * The meta object literal for the '<em><b>Epoch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__EPOCH = eINSTANCE.getEpochMetrics_Epoch();

		/**
		 * The meta object literal for the '<em><b>Train Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__TRAIN_LOSS = eINSTANCE.getEpochMetrics_TrainLoss();

		/**
		 * The meta object literal for the '<em><b>Validation Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__VALIDATION_LOSS = eINSTANCE.getEpochMetrics_ValidationLoss();

		/**
		 * The meta object literal for the '<em><b>Duration Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__DURATION_MILLIS = eINSTANCE.getEpochMetrics_DurationMillis();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPOCH_METRICS__METRICS = eINSTANCE.getEpochMetrics_Metrics();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.TrainedModelImpl <em>Trained Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.TrainedModelImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getTrainedModel()
		 * @generated
		 */
		EClass TRAINED_MODEL = eINSTANCE.getTrainedModel();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINED_MODEL__VERSION = eINSTANCE.getTrainedModel_Version();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINED_MODEL__TYPE = eINSTANCE.getTrainedModel_Type();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINED_MODEL__ARCHITECTURE = eINSTANCE.getTrainedModel_Architecture();

		/**
		 * The meta object literal for the '<em><b>Weights Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINED_MODEL__WEIGHTS_LOCATION = eINSTANCE.getTrainedModel_WeightsLocation();

		/**
		 * The meta object literal for the '<em><b>Input Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINED_MODEL__INPUT_SIZE = eINSTANCE.getTrainedModel_InputSize();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINED_MODEL__ACTIVE = eINSTANCE.getTrainedModel_Active();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINED_MODEL__CREATED_AT = eINSTANCE.getTrainedModel_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Job</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINED_MODEL__JOB = eINSTANCE.getTrainedModel_Job();

		/**
		 * The meta object literal for the '<em><b>Label Classes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINED_MODEL__LABEL_CLASSES = eINSTANCE.getTrainedModel_LabelClasses();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINED_MODEL__METRICS = eINSTANCE.getTrainedModel_Metrics();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.SelectionRoundImpl <em>Selection Round</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.SelectionRoundImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getSelectionRound()
		 * @generated
		 */
		EClass SELECTION_ROUND = eINSTANCE.getSelectionRound();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTION_ROUND__STRATEGY = eINSTANCE.getSelectionRound_Strategy();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELECTION_ROUND__MODEL = eINSTANCE.getSelectionRound_Model();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTION_ROUND__CREATED_AT = eINSTANCE.getSelectionRound_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELECTION_ROUND__ENTRIES = eINSTANCE.getSelectionRound_Entries();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTION_ROUND__BATCH_SIZE = eINSTANCE.getSelectionRound_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Labelled Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTION_ROUND__LABELLED_COUNT = eINSTANCE.getSelectionRound_LabelledCount();

		/**
		 * The meta object literal for the '<em><b>Accuracy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTION_ROUND__ACCURACY = eINSTANCE.getSelectionRound_Accuracy();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.SelectionEntryImpl <em>Selection Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.SelectionEntryImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getSelectionEntry()
		 * @generated
		 */
		EClass SELECTION_ENTRY = eINSTANCE.getSelectionEntry();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELECTION_ENTRY__IMAGE = eINSTANCE.getSelectionEntry_Image();

		/**
		 * The meta object literal for the '<em><b>Tile</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELECTION_ENTRY__TILE = eINSTANCE.getSelectionEntry_Tile();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTION_ENTRY__SCORE = eINSTANCE.getSelectionEntry_Score();

		/**
		 * The meta object literal for the '<em><b>Skipped</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTION_ENTRY__SKIPPED = eINSTANCE.getSelectionEntry_Skipped();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.ScoringFunctionImpl <em>Scoring Function</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.ScoringFunctionImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getScoringFunction()
		 * @generated
		 */
		EClass SCORING_FUNCTION = eINSTANCE.getScoringFunction();

		/**
		 * The meta object literal for the '<em><b>Iou Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_FUNCTION__IOU_THRESHOLD = eINSTANCE.getScoringFunction_IouThreshold();

		/**
		 * The meta object literal for the '<em><b>Default Iou Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_FUNCTION__DEFAULT_IOU_WEIGHT = eINSTANCE.getScoringFunction_DefaultIouWeight();

		/**
		 * The meta object literal for the '<em><b>Default Category Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_FUNCTION__DEFAULT_CATEGORY_WEIGHT = eINSTANCE.getScoringFunction_DefaultCategoryWeight();

		/**
		 * The meta object literal for the '<em><b>Class Weights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_FUNCTION__CLASS_WEIGHTS = eINSTANCE.getScoringFunction_ClassWeights();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_FUNCTION__MODE = eINSTANCE.getScoringFunction_Mode();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.ClassWeightImpl <em>Class Weight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.ClassWeightImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getClassWeight()
		 * @generated
		 */
		EClass CLASS_WEIGHT = eINSTANCE.getClassWeight();

		/**
		 * The meta object literal for the '<em><b>Label Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLASS_WEIGHT__LABEL_CLASS = eINSTANCE.getClassWeight_LabelClass();

		/**
		 * The meta object literal for the '<em><b>Iou Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASS_WEIGHT__IOU_WEIGHT = eINSTANCE.getClassWeight_IouWeight();

		/**
		 * The meta object literal for the '<em><b>Category Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASS_WEIGHT__CATEGORY_WEIGHT = eINSTANCE.getClassWeight_CategoryWeight();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.BenchmarkProjectImpl <em>Benchmark Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.BenchmarkProjectImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getBenchmarkProject()
		 * @generated
		 */
		EClass BENCHMARK_PROJECT = eINSTANCE.getBenchmarkProject();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BENCHMARK_PROJECT__IMAGES = eINSTANCE.getBenchmarkProject_Images();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENCHMARK_PROJECT__CREATED_BY = eINSTANCE.getBenchmarkProject_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENCHMARK_PROJECT__CREATED_AT = eINSTANCE.getBenchmarkProject_CreatedAt();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.TrainingProjectImpl <em>Training Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.TrainingProjectImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getTrainingProject()
		 * @generated
		 */
		EClass TRAINING_PROJECT = eINSTANCE.getTrainingProject();

		/**
		 * The meta object literal for the '<em><b>Benchmark</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_PROJECT__BENCHMARK = eINSTANCE.getTrainingProject_Benchmark();

		/**
		 * The meta object literal for the '<em><b>Scoring Function</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_PROJECT__SCORING_FUNCTION = eINSTANCE.getTrainingProject_ScoringFunction();

		/**
		 * The meta object literal for the '<em><b>Trainees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_PROJECT__TRAINEES = eINSTANCE.getTrainingProject_Trainees();

		/**
		 * The meta object literal for the '<em><b>Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_PROJECT__MANAGER = eINSTANCE.getTrainingProject_Manager();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PROJECT__STATUS = eINSTANCE.getTrainingProject_Status();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_PROJECT__CREATED_AT = eINSTANCE.getTrainingProject_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_PROJECT__TASKS = eINSTANCE.getTrainingProject_Tasks();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.AnnotatorTaskImpl <em>Annotator Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.AnnotatorTaskImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getAnnotatorTask()
		 * @generated
		 */
		EClass ANNOTATOR_TASK = eINSTANCE.getAnnotatorTask();

		/**
		 * The meta object literal for the '<em><b>Annotator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATOR_TASK__ANNOTATOR = eINSTANCE.getAnnotatorTask_Annotator();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATOR_TASK__IMAGE = eINSTANCE.getAnnotatorTask_Image();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATOR_TASK__STATUS = eINSTANCE.getAnnotatorTask_Status();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATOR_TASK__ANNOTATIONS = eINSTANCE.getAnnotatorTask_Annotations();

		/**
		 * The meta object literal for the '<em><b>Submissions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATOR_TASK__SUBMISSIONS = eINSTANCE.getAnnotatorTask_Submissions();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.SubmissionImpl <em>Submission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.SubmissionImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getSubmission()
		 * @generated
		 */
		EClass SUBMISSION = eINSTANCE.getSubmission();

		/**
		 * The meta object literal for the '<em><b>Submitted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION__SUBMITTED_AT = eINSTANCE.getSubmission_SubmittedAt();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBMISSION__ANNOTATIONS = eINSTANCE.getSubmission_Annotations();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBMISSION__SCORES = eINSTANCE.getSubmission_Scores();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.ScoreImpl <em>Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.ScoreImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getScore()
		 * @generated
		 */
		EClass SCORE = eINSTANCE.getScore();

		/**
		 * The meta object literal for the '<em><b>Scoring Function</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE__SCORING_FUNCTION = eINSTANCE.getScore_ScoringFunction();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__VALUE = eINSTANCE.getScore_Value();

		/**
		 * The meta object literal for the '<em><b>Computed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__COMPUTED_AT = eINSTANCE.getScore_ComputedAt();

		/**
		 * The meta object literal for the '<em><b>Class Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE__CLASS_SCORES = eINSTANCE.getScore_ClassScores();

		/**
		 * The meta object literal for the '{@link org.annotide.model.impl.ClassScoreImpl <em>Class Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.ClassScoreImpl
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getClassScore()
		 * @generated
		 */
		EClass CLASS_SCORE = eINSTANCE.getClassScore();

		/**
		 * The meta object literal for the '<em><b>Label Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLASS_SCORE__LABEL_CLASS = eINSTANCE.getClassScore_LabelClass();

		/**
		 * The meta object literal for the '<em><b>Mean Iou</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASS_SCORE__MEAN_IOU = eINSTANCE.getClassScore_MeanIou();

		/**
		 * The meta object literal for the '<em><b>Category Accuracy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASS_SCORE__CATEGORY_ACCURACY = eINSTANCE.getClassScore_CategoryAccuracy();

		/**
		 * The meta object literal for the '<em><b>Matched</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASS_SCORE__MATCHED = eINSTANCE.getClassScore_Matched();

		/**
		 * The meta object literal for the '<em><b>Missed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASS_SCORE__MISSED = eINSTANCE.getClassScore_Missed();

		/**
		 * The meta object literal for the '<em><b>Extra</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASS_SCORE__EXTRA = eINSTANCE.getClassScore_Extra();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASS_SCORE__VALUE = eINSTANCE.getClassScore_Value();

		/**
		 * The meta object literal for the '{@link org.annotide.model.PixelType <em>Pixel Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.PixelType
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getPixelType()
		 * @generated
		 */
		EEnum PIXEL_TYPE = eINSTANCE.getPixelType();

		/**
		 * The meta object literal for the '{@link org.annotide.model.ImageStatus <em>Image Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.ImageStatus
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getImageStatus()
		 * @generated
		 */
		EEnum IMAGE_STATUS = eINSTANCE.getImageStatus();

		/**
		 * The meta object literal for the '{@link org.annotide.model.AttributeType <em>Attribute Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.AttributeType
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getAttributeType()
		 * @generated
		 */
		EEnum ATTRIBUTE_TYPE = eINSTANCE.getAttributeType();

		/**
		 * The meta object literal for the '{@link org.annotide.model.ShapeKind <em>Shape Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.ShapeKind
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getShapeKind()
		 * @generated
		 */
		EEnum SHAPE_KIND = eINSTANCE.getShapeKind();

		/**
		 * The meta object literal for the '{@link org.annotide.model.Provenance <em>Provenance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.Provenance
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getProvenance()
		 * @generated
		 */
		EEnum PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '{@link org.annotide.model.ReviewState <em>Review State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.ReviewState
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getReviewState()
		 * @generated
		 */
		EEnum REVIEW_STATE = eINSTANCE.getReviewState();

		/**
		 * The meta object literal for the '{@link org.annotide.model.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.Role
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link org.annotide.model.TaskType <em>Task Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.TaskType
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getTaskType()
		 * @generated
		 */
		EEnum TASK_TYPE = eINSTANCE.getTaskType();

		/**
		 * The meta object literal for the '{@link org.annotide.model.JobStatus <em>Job Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.JobStatus
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getJobStatus()
		 * @generated
		 */
		EEnum JOB_STATUS = eINSTANCE.getJobStatus();

		/**
		 * The meta object literal for the '{@link org.annotide.model.TrainingProjectStatus <em>Training Project Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.TrainingProjectStatus
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getTrainingProjectStatus()
		 * @generated
		 */
		EEnum TRAINING_PROJECT_STATUS = eINSTANCE.getTrainingProjectStatus();

		/**
		 * The meta object literal for the '{@link org.annotide.model.TaskStatus <em>Task Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.TaskStatus
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getTaskStatus()
		 * @generated
		 */
		EEnum TASK_STATUS = eINSTANCE.getTaskStatus();

		/**
		 * The meta object literal for the '{@link org.annotide.model.ScoringMode <em>Scoring Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.ScoringMode
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getScoringMode()
		 * @generated
		 */
		EEnum SCORING_MODE = eINSTANCE.getScoringMode();

		/**
		 * The meta object literal for the '<em>Double Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getDoubleArray()
		 * @generated
		 */
		EDataType DOUBLE_ARRAY = eINSTANCE.getDoubleArray();

		/**
		 * The meta object literal for the '<em>Int Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.annotide.model.impl.AnnotidePackageImpl#getIntArray()
		 * @generated
		 */
		EDataType INT_ARRAY = eINSTANCE.getIntArray();

	}

} //AnnotidePackage
