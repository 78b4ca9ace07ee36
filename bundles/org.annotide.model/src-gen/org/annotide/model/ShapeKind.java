/**
 */
package org.annotide.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Shape Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.annotide.model.AnnotidePackage#getShapeKind()
 * @model
 * @generated
 */
public enum ShapeKind implements Enumerator {
	/**
	 * The '<em><b>BOX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOX_VALUE
	 * @generated
	 * @ordered
	 */
	BOX(0, "BOX", "BOX"),

	/**
	 * The '<em><b>ROTATED BOX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROTATED_BOX_VALUE
	 * @generated
	 * @ordered
	 */
	ROTATED_BOX(1, "ROTATED_BOX", "ROTATED_BOX"),

	/**
	 * The '<em><b>POLYGON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLYGON_VALUE
	 * @generated
	 * @ordered
	 */
	POLYGON(2, "POLYGON", "POLYGON"),

	/**
	 * The '<em><b>POLYLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLYLINE_VALUE
	 * @generated
	 * @ordered
	 */
	POLYLINE(3, "POLYLINE", "POLYLINE"),

	/**
	 * The '<em><b>KEYPOINTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEYPOINTS_VALUE
	 * @generated
	 * @ordered
	 */
	KEYPOINTS(4, "KEYPOINTS", "KEYPOINTS"),

	/**
	 * The '<em><b>MASK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASK_VALUE
	 * @generated
	 * @ordered
	 */
	MASK(5, "MASK", "MASK"),

	/**
	 * The '<em><b>ELLIPSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELLIPSE_VALUE
	 * @generated
	 * @ordered
	 */
	ELLIPSE(6, "ELLIPSE", "ELLIPSE"),

	/**
	 * The '<em><b>IMAGE CLASS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMAGE_CLASS_VALUE
	 * @generated
	 * @ordered
	 */
	IMAGE_CLASS(7, "IMAGE_CLASS", "IMAGE_CLASS");

	/**
	 * The '<em><b>BOX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BOX_VALUE = 0;

	/**
	 * The '<em><b>ROTATED BOX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROTATED_BOX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROTATED_BOX_VALUE = 1;

	/**
	 * The '<em><b>POLYGON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLYGON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLYGON_VALUE = 2;

	/**
	 * The '<em><b>POLYLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLYLINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLYLINE_VALUE = 3;

	/**
	 * The '<em><b>KEYPOINTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEYPOINTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEYPOINTS_VALUE = 4;

	/**
	 * The '<em><b>MASK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASK_VALUE = 5;

	/**
	 * The '<em><b>ELLIPSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELLIPSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELLIPSE_VALUE = 6;

	/**
	 * The '<em><b>IMAGE CLASS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMAGE_CLASS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMAGE_CLASS_VALUE = 7;

	/**
	 * An array of all the '<em><b>Shape Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ShapeKind[] VALUES_ARRAY =
		new ShapeKind[] {
			BOX,
			ROTATED_BOX,
			POLYGON,
			POLYLINE,
			KEYPOINTS,
			MASK,
			ELLIPSE,
			IMAGE_CLASS,
		};

	/**
	 * A public read-only list of all the '<em><b>Shape Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ShapeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Shape Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ShapeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ShapeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Shape Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ShapeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ShapeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Shape Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ShapeKind get(int value) {
		switch (value) {
			case BOX_VALUE: return BOX;
			case ROTATED_BOX_VALUE: return ROTATED_BOX;
			case POLYGON_VALUE: return POLYGON;
			case POLYLINE_VALUE: return POLYLINE;
			case KEYPOINTS_VALUE: return KEYPOINTS;
			case MASK_VALUE: return MASK;
			case ELLIPSE_VALUE: return ELLIPSE;
			case IMAGE_CLASS_VALUE: return IMAGE_CLASS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ShapeKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ShapeKind
