namespace LayerGen;

/// <summary>Which softmax implementation the generator emits for a fixed-size softmax layer.</summary>
/// <remarks>A plain enum, not flags: the choice is made once per class at compile time.</remarks>
public enum SoftmaxKernel
{
    /// <summary>
    /// Pick by size: <see cref="Vector256"/> for rows that fill at least one vector (8 floats or 4 doubles) when
    /// <c>Vector256</c> is accelerated at run time, falling back to <see cref="Unrolled"/> for rows of at most 16 entries
    /// and to <see cref="Scalar"/> above; <see cref="Unrolled"/> for rows shorter than one vector. The forward of rows of
    /// at least three <c>Vector512</c> widths (48 floats or 24 doubles) calls <see cref="Runtime"/> instead when
    /// <c>Vector512</c> is accelerated at run time (its 512-bit code measured faster there); the gradient and the fused
    /// loss stay inline.
    /// </summary>
    Auto = 0,

    /// <summary>Scalar loops with a compile-time trip count.</summary>
    Scalar = 1,

    /// <summary>Fully unrolled scalar code; valid for sizes up to 16 only.</summary>
    Unrolled = 2,

    /// <summary><c>Vector256</c> code for forward and gradient (falls back to scalar when not accelerated).</summary>
    Vector256 = 3,

    /// <summary>Calls the runtime kernels (<c>LayerGen.Softmax</c>) instead of specialised code.</summary>
    Runtime = 4,
}
