/**
 */
package org.annotide.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Pixel Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.annotide.model.AnnotidePackage#getPixelType()
 * @model
 * @generated
 */
public enum PixelType implements Enumerator {
	/**
	 * The '<em><b>UINT8</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UINT8_VALUE
	 * @generated
	 * @ordered
	 */
	UINT8(0, "UINT8", "UINT8"),

	/**
	 * The '<em><b>UINT16</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UINT16_VALUE
	 * @generated
	 * @ordered
	 */
	UINT16(1, "UINT16", "UINT16"),

	/**
	 * The '<em><b>INT16</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INT16_VALUE
	 * @generated
	 * @ordered
	 */
	INT16(2, "INT16", "INT16"),

	/**
	 * The '<em><b>INT32</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INT32_VALUE
	 * @generated
	 * @ordered
	 */
	INT32(3, "INT32", "INT32"),

	/**
	 * The '<em><b>FLOAT32</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLOAT32_VALUE
	 * @generated
	 * @ordered
	 */
	FLOAT32(4, "FLOAT32", "FLOAT32"),

	/**
	 * The '<em><b>FLOAT64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLOAT64_VALUE
	 * @generated
	 * @ordered
	 */
	FLOAT64(5, "FLOAT64", "FLOAT64");

	/**
	 * The '<em><b>UINT8</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UINT8
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UINT8_VALUE = 0;

	/**
	 * The '<em><b>UINT16</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UINT16
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UINT16_VALUE = 1;

	/**
	 * The '<em><b>INT16</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INT16
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INT16_VALUE = 2;

	/**
	 * The '<em><b>INT32</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INT32
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INT32_VALUE = 3;

	/**
	 * The '<em><b>FLOAT32</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLOAT32
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FLOAT32_VALUE = 4;

	/**
	 * The '<em><b>FLOAT64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FLOAT64
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FLOAT64_VALUE = 5;

	/**
	 * An array of all the '<em><b>Pixel Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PixelType[] VALUES_ARRAY =
		new PixelType[] {
			UINT8,
			UINT16,
			INT16,
			INT32,
			FLOAT32,
			FLOAT64,
		};

	/**
	 * A public read-only list of all the '<em><b>Pixel Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PixelType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pixel Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PixelType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PixelType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pixel Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PixelType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PixelType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pixel Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PixelType get(int value) {
		switch (value) {
			case UINT8_VALUE: return UINT8;
			case UINT16_VALUE: return UINT16;
			case INT16_VALUE: return INT16;
			case INT32_VALUE: return INT32;
			case FLOAT32_VALUE: return FLOAT32;
			case FLOAT64_VALUE: return FLOAT64;
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
	private PixelType(int value, String name, String literal) {
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
	
} //PixelType
